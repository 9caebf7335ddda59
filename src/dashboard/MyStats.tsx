import { Alert, Grid, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Figure, percent, StatCard } from './StatCard';
import { ThroughputChart } from './ThroughputChart';
import type { MyStatsAnswer } from './types';
import { useApiJson } from './useApiJson';

/** A reviewer's own numbers (`GET /api/stats/me`): nobody else's. */
export const MyStats = () => {
  const translate = useTranslate();
  const { data, error } = useApiJson<MyStatsAnswer>('/stats/me');
  const label = (key: string) => translate(`app.dashboard.me.${key}`);
  return (
    <>
      <Title title={translate('app.dashboard.my_title')} />
      {error && (
        <Alert severity="error" sx={{ m: 2 }}>
          {translate('app.dashboard.load_failed', { error: error.message })}
        </Alert>
      )}
      {data && (
        <Grid container spacing={2} sx={{ p: 2 }}>
          <Grid size={12}>
            <StatCard title={translate('app.dashboard.my_title')}>
              <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <Figure label={label('held')} value={data.held} />
                <Figure label={label('overdue')} value={data.overdue} />
                <Figure label={label('decidedToday')} value={data.decidedToday} />
                <Figure
                  label={label('avgHandling')}
                  value={
                    data.avgHandlingMinutes === null
                      ? translate('app.dashboard.none')
                      : translate('app.dashboard.me.minutes', {
                          minutes: Math.round(data.avgHandlingMinutes),
                        })
                  }
                />
                <Figure
                  label={label('decisions')}
                  value={data.decisions.approved + data.decisions.rejected}
                />
                <Figure label={label('agreement')} value={percent(data.agreement?.rate)} />
              </Stack>
            </StatCard>
          </Grid>
          <Grid size={12}>
            <ThroughputChart days={data.throughput} />
          </Grid>
        </Grid>
      )}
    </>
  );
};
