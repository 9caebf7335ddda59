import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import type { DayDecisions } from '../domain/stats';
import { StatCard } from './StatCard';

const shortDay = (date: string) => date.slice(5);

/** Decisions per CST day, approvals and rejections stacked. */
export const ThroughputChart = ({ days }: { days: DayDecisions[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  return (
    <StatCard title={translate('app.dashboard.throughput.title')}>
      <BarChart
        height={260}
        xAxis={[
          {
            scaleType: 'band',
            data: days.map((d) => shortDay(d.date)),
            // Every fifth day is enough to find one; all thirty would collide.
            // Room for CJK glyphs: at the default height the labels are cut to nothing.
            height: 32,
            tickLabelInterval: (_value: unknown, index: number) => index % 5 === 0,
          },
        ]}
        series={[
          {
            data: days.map((d) => d.approved),
            label: translate('app.dashboard.throughput.approved'),
            stack: 'decisions',
            color: theme.palette.success.main,
          },
          {
            data: days.map((d) => d.rejected),
            label: translate('app.dashboard.throughput.rejected'),
            stack: 'decisions',
            color: theme.palette.error.main,
          },
        ]}
        margin={{ left: 0, right: 8 }}
      />
    </StatCard>
  );
};
