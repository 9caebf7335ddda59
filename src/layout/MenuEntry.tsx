import type { ReactElement } from 'react';
import { Menu, useTranslate } from 'react-admin';
import { useSessionCan } from '../providers/sessionUser';

/**
 * One entry of the side menu, shown only where the role's access rules allow listing `resource`:
 * the stored session's role, answered at once (react-admin's `useCanAccess` asks the auth provider,
 * and the menu rendered a second time, in the queue's first frame, when the answers came in).
 */
export const MenuEntry = (props: {
  resource: string;
  to: string;
  label: string;
  icon: ReactElement;
}) => {
  const translate = useTranslate();
  if (!useSessionCan(props.resource, 'list')) return null;
  return <Menu.Item to={props.to} primaryText={translate(props.label)} leftIcon={props.icon} />;
};
