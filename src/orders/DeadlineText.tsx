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

export type DeadlineDisplay =
  /** Past the initial review the deadline is history: its date, shown quietly. */
  | { kind: 'closed' }
  /** Open, but the holiday calendar does not cover its dates: no guessed deadline. */
  | { kind: 'no_calendar'; text: string }
  /** Open: its state and "剩余 3小时20分" or "已超时 1小时5分". */
  | { kind: 'open'; state: DeadlineState; text: string };

/** What an order's review deadline says at `now` (the queue's cell and this component show it). */
export function deadlineDisplay(
  translate: Translate,
  order: { status: OrderStatus; slaDueAt: string | null },
  now: Date,
): DeadlineDisplay {
  if (!OPEN_STATUSES.includes(order.status)) return { kind: 'closed' };
  if (order.slaDueAt === null) {
    return { kind: 'no_calendar', text: translate('app.deadline.no_calendar') };
  }
  const state = deadlineState(order, now) ?? 'on_time';
  const duration = formatDuration(translate, Date.parse(order.slaDueAt) - now.getTime());
  const text = translate(
    state === 'overdue'
      ? 'app.deadline.overdue'
      : state === 'due_soon'
        ? 'app.deadline.left_due_soon'
        : 'app.deadline.left',
    { duration },
  );
  return { kind: 'open', state, text };
}

/** The icon beside a deadline that needs attention (words carry it too: never colour alone). */
export const DEADLINE_ICONS = {
  overdue: ErrorIcon,
  due_soon: AccessTimeIcon,
  no_calendar: EventBusyIcon,
} as const;

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
  const shown = deadlineDisplay(translate, order, now);
  if (shown.kind === 'closed') {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        <CstDateTime value={order.slaDueAt} />
      </Box>
    );
  }
  if (shown.kind === 'no_calendar') {
    return (
      <Box component="span" sx={{ color: 'warning.main', display: 'inline-flex', gap: 0.5 }}>
        <EventBusyIcon fontSize="inherit" sx={{ mt: '3px' }} aria-hidden />
        {shown.text}
      </Box>
    );
  }
  const { state, text } = shown;
  const Icon = state === 'on_time' ? null : DEADLINE_ICONS[state];
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
        {Icon && <Icon fontSize="inherit" aria-hidden />}
        {text}
      </Box>
    </Tooltip>
  );
};
