import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { memo } from 'react';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { SupervisionMenuItems } from '../dashboard/SupervisionMenuItems';
import { useSessionCan } from '../providers/sessionUser';

/**
 * The side menu. Each entry is shown only where the role's access rules allow it (the stored
 * session's role, answered at once: see SupervisionMenuItems); every role has the queue. Memoised
 * like the app bar; its items follow the address themselves to mark the current page.
 */
export const Menu = memo(function Menu() {
  const translate = useTranslate();
  const canListOrders = useSessionCan('orders', 'list');
  return (
    <RaMenu>
      {canListOrders && (
        <RaMenu.Item
          to="/orders"
          primaryText={translate('app.menu.queue')}
          leftIcon={<AssignmentIcon />}
        />
      )}
      <SupervisionMenuItems />
    </RaMenu>
  );
});
