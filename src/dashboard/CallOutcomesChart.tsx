import { BarChart } from '@mui/x-charts/BarChart';
import type { AxisValueFormatterContext } from '@mui/x-charts/models';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { CALL_OUTCOMES } from '../domain/stats';
import type { CallOutcome } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';
import { StatCard } from './StatCard';

/** How the verification calls of the period ended. */
export const CallOutcomesChart = ({ outcomes }: { outcomes: Record<CallOutcome, number> }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [locale] = useLocaleState();
  // Ticks in compact numbers (8万, 80K): a month of calls at scale ran the last one off the card.
  const compact = useMemo(() => new Intl.NumberFormat(locale, { notation: 'compact' }), [locale]);
  return (
    <StatCard title={translate('app.dashboard.calls.title')}>
      <BarChart
        height={240}
        layout="horizontal"
        yAxis={[
          {
            scaleType: 'band',
            data: CALL_OUTCOMES.map((o) => enumLabel('calls', 'outcome', o)),
            width: 104,
          },
        ]}
        xAxis={[
          {
            height: 32,
            valueFormatter: (value: number, context: AxisValueFormatterContext) =>
              context.location === 'tick' ? compact.format(value) : String(value),
          },
        ]}
        series={[{ data: CALL_OUTCOMES.map((o) => outcomes[o] ?? 0) }]}
        margin={{ right: 24 }}
      />
    </StatCard>
  );
};
