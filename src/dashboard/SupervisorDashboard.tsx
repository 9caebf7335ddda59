import { Alert, Grid, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AgreementCard } from './AgreementCard';
import { BureauCard } from './BureauCard';
import { CallOutcomesChart } from './CallOutcomesChart';
import { DecisionShareChart } from './DecisionShareChart';
import { QueueCard } from './QueueCard';
import { SlaChart } from './SlaChart';
import { ThroughputChart } from './ThroughputChart';
import { TopReasonsCard } from './TopReasonsCard';
import type { DashboardAnswer } from './types';
import { useApiJson } from './useApiJson';

/** The supervisor's dashboard: figures computed by the server (`GET /api/stats/dashboard`). */
export const SupervisorDashboard = () => {
  const translate = useTranslate();
  const { data, error } = useApiJson<DashboardAnswer>('/stats/dashboard');
  return (
    <>
      <Title title={translate('app.dashboard.title')} />
      {error && (
        <Alert severity="error" sx={{ m: 2 }}>
          {translate('app.dashboard.load_failed', {
            error: translate(error.message, { _: error.message }),
          })}
        </Alert>
      )}
      {data && (
        <Grid container spacing={2} sx={{ p: 2 }}>
          <Grid size={12}>
            <Typography variant="body2" color="text.secondary">
              {translate('app.dashboard.window', { from: data.from, to: data.to })}
            </Typography>
          </Grid>
          <Grid size={12}>
            <QueueCard queue={data.queue} />
          </Grid>
          <Grid size={{ xs: 12, lg: 8 }}>
            <ThroughputChart days={data.throughput} />
          </Grid>
          <Grid size={{ xs: 12, lg: 4 }}>
            <DecisionShareChart decisions={data.decisions} />
          </Grid>
          <Grid size={{ xs: 12, lg: 8 }}>
            <SlaChart days={data.sla} />
          </Grid>
          <Grid size={{ xs: 12, lg: 4 }}>
            <TopReasonsCard reasons={data.topReasons} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CallOutcomesChart outcomes={data.callOutcomes} />
          </Grid>
          {/* The bureau's four figures need less room than the agreement table's four columns. */}
          <Grid size={{ xs: 12, md: 6, lg: 3 }}>
            <BureauCard bureau={data.bureau} />
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <AgreementCard rows={data.agreement} />
          </Grid>
        </Grid>
      )}
    </>
  );
};
