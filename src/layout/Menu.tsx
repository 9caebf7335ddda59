import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { memo } from 'react';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { SupervisionMenuItems } from '../dashboard/SupervisionMenuItems';

/**
 * The side menu. Each entry is shown only where `canAccess` allows (react-admin's resource items
 * check it): reviewers and supervisors work the queue, support reads it. Memoised like the app bar;
 * its items follow the address themselves to mark the current page.
 */
export const Menu = memo(function Menu() {
  const translate = useTranslate();
  return (
    <RaMenu>
      <RaMenu.ResourceItem
        name="orders"
        primaryText={translate('app.menu.queue')}
        leftIcon={<AssignmentIcon />}
      />
      <SupervisionMenuItems />
    </RaMenu>
  );
});
