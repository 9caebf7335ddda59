import AccessTimeIcon from '@mui/icons-material/AccessTime';
import ErrorIcon from '@mui/icons-material/ErrorOutline';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Box, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { durationParts } from '../domain/format';
import { deadlineState, type DeadlineState } from '../domain/sla';
import { OPEN_STATUSES } from '../domain/status';
import type { OrderStatus } from '../domain/types';
import { useNow } from '../providers/serverClock';
import { CstDateTime } from '../shared/CstDateTime';

type Translate = ReturnType<typeof useTranslate>;

export function formatDuration(translate: Translate, ms: number): string {
  const { days, hours, minutes } = durationParts(ms);
  if (days > 0) return translate('app.duration.days_hours', { days, hours });
  if (hours > 0) return translate('app.duration.hours_minutes', { hours, minutes });
  return translate('app.duration.minutes', { minutes });
}

/** The words for an open order's deadline at `now`: its state and "剩余 3小时20分" or "已超时 1小时5分". */
export function deadlineDisplay(
  translate: Translate,
  slaDueAt: string,
  now: Date,
): { state: DeadlineState; text: string } {
  const state = deadlineState({ status: 'pending_review', slaDueAt }, now) ?? 'on_time';
  const duration = formatDuration(translate, Date.parse(slaDueAt) - now.getTime());
  const text = translate(
    state === 'overdue'
      ? 'app.deadline.overdue'
      : state === 'due_soon'
        ? 'app.deadline.left_due_soon'
        : 'app.deadline.left',
    { duration },
  );
  return { state, text };
}

/**
 * Time left to the review deadline, by the server's clock: "剩余 3小时20分" or "已超时 1小时5分".
 * At risk (within 2 h) and late are marked by an icon and words as well as colour.
 */
export const DeadlineText = ({
  order,
}: {
  order: { status: OrderStatus; slaDueAt: string | null };
}) => {
  const translate = useTranslate();
  const now = useNow(30_000);
  if (!OPEN_STATUSES.includes(order.status)) {
    // Past the initial review the deadline is history: shown, but quietly.
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        <CstDateTime value={order.slaDueAt} />
      </Box>
    );
  }
  if (order.slaDueAt === null) {
    return (
      <Box component="span" sx={{ color: 'warning.main', display: 'inline-flex', gap: 0.5 }}>
        <EventBusyIcon fontSize="inherit" sx={{ mt: '3px' }} aria-hidden />
        {translate('app.deadline.no_calendar')}
      </Box>
    );
  }
  const { state, text } = deadlineDisplay(translate, order.slaDueAt, now);
  const color =
    state === 'overdue' ? 'error.main' : state === 'due_soon' ? 'warning.main' : 'text.primary';
  return (
    <Tooltip title={<CstDateTime value={order.slaDueAt} />}>
      <Box
        component="span"
        sx={{
          color,
          fontWeight: state === 'on_time' ? 400 : 600,
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.5,
          whiteSpace: 'nowrap',
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {state === 'overdue' && <ErrorIcon fontSize="inherit" aria-hidden />}
        {state === 'due_soon' && <AccessTimeIcon fontSize="inherit" aria-hidden />}
        {text}
      </Box>
    </Tooltip>
  );
};
