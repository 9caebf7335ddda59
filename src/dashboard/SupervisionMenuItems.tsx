import DashboardIcon from '@mui/icons-material/InsightsOutlined';
import AuditIcon from '@mui/icons-material/ManageSearchOutlined';
import QaIcon from '@mui/icons-material/FactCheckOutlined';
import WorkloadIcon from '@mui/icons-material/GroupsOutlined';
import type { ReactElement } from 'react';
import { Menu, useTranslate } from 'react-admin';
import { useSessionCan, useSessionUser } from '../providers/sessionUser';

/**
 * One menu entry, shown only where the role's access rules allow it: the stored session's role,
 * answered at once (react-admin's `useCanAccess` asks the auth provider, and the menu rendered a
 * second time, in the queue's first frame, when the answers came in).
 */
const Entry = (props: { resource: string; to: string; label: string; icon: ReactElement }) => {
  const translate = useTranslate();
  if (!useSessionCan(props.resource, 'list')) return null;
  return <Menu.Item to={props.to} primaryText={translate(props.label)} leftIcon={props.icon} />;
};

/** Dashboard (or a reviewer's own numbers), workload, audit log and second review, by role. */
export const SupervisionMenuItems = () => {
  const role = useSessionUser()?.role;
  const dashboardLabel = role === 'supervisor' ? 'app.menu.dashboard' : 'app.menu.my_stats';
  return (
    <>
      <Entry resource="dashboard" to="/dashboard" label={dashboardLabel} icon={<DashboardIcon />} />
      <Entry resource="workload" to="/workload" label="app.menu.workload" icon={<WorkloadIcon />} />
      <Entry resource="audit_log" to="/audit_events" label="app.menu.audit" icon={<AuditIcon />} />
      <Entry resource="qa_reviews" to="/qa_reviews" label="app.menu.qa" icon={<QaIcon />} />
    </>
  );
};
