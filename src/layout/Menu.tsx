import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { SupervisionMenuItems } from '../dashboard/SupervisionMenuItems';

/**
 * The side menu. Each entry is shown only where `canAccess` allows (react-admin's resource items
 * check it): reviewers and supervisors work the queue, support reads it.
 */
export const Menu = () => {
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
};
