import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { CALL_OUTCOMES } from '../domain/stats';
import type { CallOutcome } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';
import { StatCard } from './StatCard';

/** How the verification calls of the period ended. */
export const CallOutcomesChart = ({ outcomes }: { outcomes: Record<CallOutcome, number> }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  return (
    <StatCard title={translate('app.dashboard.calls.title')}>
      <BarChart
        height={240}
        layout="horizontal"
        yAxis={[
          {
            scaleType: 'band',
            data: CALL_OUTCOMES.map((o) => enumLabel('calls', 'outcome', o)),
            width: 80,
          },
        ]}
        xAxis={[{ height: 32 }]}
        series={[{ data: CALL_OUTCOMES.map((o) => outcomes[o] ?? 0) }]}
        margin={{ right: 16 }}
      />
    </StatCard>
  );
};
