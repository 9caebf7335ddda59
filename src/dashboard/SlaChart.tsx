import { useTheme } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslate } from 'react-admin';
import type { DaySla } from '../domain/stats';
import { StatCard } from './StatCard';

/** Share of each day's decisions made within the review deadline; gaps on days without any. */
export const SlaChart = ({ days }: { days: DaySla[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  return (
    <StatCard title={translate('app.dashboard.sla.title')}>
      <LineChart
        height={260}
        xAxis={[
          {
            scaleType: 'point',
            data: days.map((d) => d.date.slice(5)),
            // Room for CJK glyphs: at the default height the labels are cut to nothing.
            height: 32,
            tickLabelInterval: (_value: unknown, index: number) => index % 5 === 0,
          },
        ]}
        yAxis={[{ min: 0, max: 100, valueFormatter: (v: number) => `${v}%` }]}
        series={[
          {
            data: days.map((d) => (d.compliance === null ? null : Math.round(d.compliance * 100))),
            label: translate('app.dashboard.sla.compliance'),
            connectNulls: false,
            color: theme.palette.primary.main,
            valueFormatter: (v, { dataIndex }) =>
              v === null
                ? ''
                : `${v}% · ${translate('app.dashboard.sla.decided', {
                    count: days[dataIndex]?.decided ?? 0,
                  })}`,
          },
        ]}
        margin={{ left: 0, right: 8 }}
      />
    </StatCard>
  );
};
