import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate, useUserMenu } from 'react-admin';
import type { ReviewDataProvider } from '../providers/dataProvider';

/** Demo only: rebuild the mock backend's data set and reload what is on screen. */
export const ResetDemoMenuItem = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const userMenu = useUserMenu();
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setBusy(true);
    try {
      await dataProvider.resetDemoData();
      refresh();
      notify('app.appbar.reset_done', { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      userMenu?.onClose();
    }
  };

  return (
    <MenuItem onClick={reset} disabled={busy}>
      <ListItemIcon>
        <RestartAltIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.appbar.reset_demo')}</ListItemText>
    </MenuItem>
  );
};
