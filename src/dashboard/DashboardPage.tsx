import { usePermissions } from 'react-admin';
import type { Role } from '../domain/types';
import { MyStats } from './MyStats';
import { SupervisorDashboard } from './SupervisorDashboard';

/** One route, by role: supervisors see the team, reviewers their own numbers, support nothing. */
export const DashboardPage = () => {
  const { permissions, isPending } = usePermissions<Role | null>();
  if (isPending) return null;
  if (permissions === 'supervisor') return <SupervisorDashboard />;
  if (permissions === 'reviewer') return <MyStats />;
  return null;
};
