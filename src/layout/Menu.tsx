import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { memo } from 'react';
import { Menu as RaMenu } from 'react-admin';
import { SupervisionMenuItems } from '../dashboard/SupervisionMenuItems';
import { MenuEntry } from './MenuEntry';

/**
 * The side menu. Each entry is shown only where the role's access rules allow it (the stored
 * session's role, answered at once: see MenuEntry); every role has the queue. Memoised like the
 * app bar; its items follow the address themselves to mark the current page.
 */
export const Menu = memo(function Menu() {
  return (
    <RaMenu>
      <MenuEntry resource="orders" to="/orders" label="app.menu.queue" icon={<AssignmentIcon />} />
      <SupervisionMenuItems />
    </RaMenu>
  );
});
