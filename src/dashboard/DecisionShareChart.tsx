import { Stack, useTheme } from '@mui/material';
import { PieChart } from '@mui/x-charts/PieChart';
import { useTranslate } from 'react-admin';
import type { DashboardStats } from '../domain/stats';
import { Figure, percent, StatCard } from './StatCard';

/** Approvals against rejections over the period: a pie, and the share as a number. */
export const DecisionShareChart = ({ decisions }: { decisions: DashboardStats['decisions'] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  return (
    <StatCard title={translate('app.dashboard.share.title')}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <PieChart
          height={200}
          width={200}
          hideLegend
          series={[
            {
              innerRadius: 50,
              data: [
                {
                  id: 'approved',
                  value: decisions.approved,
                  label: translate('app.dashboard.share.approved', { count: decisions.approved }),
                  color: theme.palette.success.main,
                },
                {
                  id: 'rejected',
                  value: decisions.rejected,
                  label: translate('app.dashboard.share.rejected', { count: decisions.rejected }),
                  color: theme.palette.error.main,
                },
              ],
            },
          ]}
        />
        <Stack spacing={1}>
          <Figure
            label={translate('app.dashboard.share.approval_share')}
            value={percent(decisions.approvalShare)}
          />
          <span>{translate('app.dashboard.share.approved', { count: decisions.approved })}</span>
          <span>{translate('app.dashboard.share.rejected', { count: decisions.rejected })}</span>
        </Stack>
      </Stack>
    </StatCard>
  );
};
