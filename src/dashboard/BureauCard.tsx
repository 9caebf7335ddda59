import { Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BureauStats } from '../domain/stats';
import { Figure, percent, StatCard } from './StatCard';

/** The provincial bureaus' results over the period, as figures. */
export const BureauCard = ({ bureau }: { bureau: BureauStats }) => {
  const translate = useTranslate();
  const days =
    bureau.medianHoursAtBureau === null
      ? translate('app.dashboard.none')
      : translate('app.dashboard.bureau.days', {
          days: Math.round((bureau.medianHoursAtBureau / 24) * 10) / 10,
        });
  return (
    <StatCard title={translate('app.dashboard.bureau.title')}>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Figure
          label={translate('app.dashboard.bureau.approval_rate')}
          value={percent(bureau.approvalRate)}
        />
        <Figure label={translate('app.dashboard.bureau.median_time')} value={days} />
        <Figure label={translate('app.dashboard.bureau.approved')} value={bureau.approved} />
        <Figure label={translate('app.dashboard.bureau.rejected')} value={bureau.rejected} />
      </Stack>
    </StatCard>
  );
};
