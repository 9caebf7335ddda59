import EventIcon from '@mui/icons-material/EventOutlined';
import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCstDate } from '../domain/format';
import { provinceByCode } from '../domain/provinces';
import { supportOutlook } from '../domain/supportOutlook';
import type { Order } from '../domain/types';
import { StatusChip } from '../orders/StatusChip';
import { useNow } from '../providers/serverClock';

/** The stage in plain words, what happens next and by when (working days of sla.ts). */
export const OutlookCard = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const now = useNow(60_000);
  const outlook = supportOutlook(order, now);
  const province = provinceByCode(order.province);
  const stage = translate(`app.support.stage.${order.status}`, {
    province: (locale === 'en' ? province?.en : province?.zh) ?? order.province,
    numbers: order.bureau?.filingNumbers.join('、') ?? '',
    reason: order.bureau?.reason ?? '',
  });
  const date = formatCstDate(outlook.expectedAt) ?? '';
  const dated = outlook.next === 'initial_review' || outlook.next === 'bureau_review';
  const nextKey =
    dated && outlook.expectedAt === null
      ? 'no_calendar'
      : dated && outlook.late
        ? `${outlook.next}_late`
        : outlook.next;
  const next = translate(`app.support.next.${nextKey}`, {
    date,
    days: outlook.policyWorkingDays ?? '',
  });
  const left = outlook.workingDaysLeft;
  return (
    <Box data-testid="support-outlook">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
        <StatusChip status={order.status} />
        <Typography variant="body1" sx={{ fontWeight: 600 }} data-testid="support-stage">
          {stage}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="support-next">
        {next}
      </Typography>
      {outlook.expectedAt && (
        <Box
          sx={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 1,
            px: 1.5,
            py: 0.75,
            borderRadius: 1,
            bgcolor: outlook.late ? 'error.light' : 'action.hover',
            color: outlook.late ? 'error.contrastText' : 'text.primary',
          }}
        >
          <EventIcon fontSize="small" aria-hidden />
          <Typography variant="body2" component="span">
            {translate('app.support.expected')}{' '}
            <strong data-testid="support-expected-date">{date}</strong>
            {left !== null &&
              ` · ${
                left > 0
                  ? translate('app.support.working_days_left', { days: left })
                  : left === 0
                    ? translate('app.support.due_today')
                    : translate('app.support.working_days_late', { days: -left })
              }`}
          </Typography>
        </Box>
      )}
    </Box>
  );
};
