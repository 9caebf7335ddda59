import DashboardIcon from '@mui/icons-material/InsightsOutlined';
import AuditIcon from '@mui/icons-material/ManageSearchOutlined';
import QaIcon from '@mui/icons-material/FactCheckOutlined';
import WorkloadIcon from '@mui/icons-material/GroupsOutlined';
import { MenuEntry } from '../layout/MenuEntry';
import { useSessionUser } from '../providers/sessionUser';

/** Dashboard (or a reviewer's own numbers), workload, audit log and second review, by role. */
export const SupervisionMenuItems = () => {
  const role = useSessionUser()?.role;
  const dashboardLabel = role === 'supervisor' ? 'app.menu.dashboard' : 'app.menu.my_stats';
  return (
    <>
      <MenuEntry
        resource="dashboard"
        to="/dashboard"
        label={dashboardLabel}
        icon={<DashboardIcon />}
      />
      <MenuEntry
        resource="workload"
        to="/workload"
        label="app.menu.workload"
        icon={<WorkloadIcon />}
      />
      <MenuEntry
        resource="audit_log"
        to="/audit_events"
        label="app.menu.audit"
        icon={<AuditIcon />}
      />
      <MenuEntry resource="qa_reviews" to="/qa_reviews" label="app.menu.qa" icon={<QaIcon />} />
    </>
  );
};
