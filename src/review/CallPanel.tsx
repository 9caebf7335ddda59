import PhoneIcon from '@mui/icons-material/Phone';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { nextCallAllowedAt, unreachableRejectionAllowed } from '../domain/callPolicy';
import { CALL_OUTCOMES, CALL_SCRIPT_POINTS, type CallScriptPoint } from '../domain/callScript';
import type { CallAttempt, CallOutcome, Order } from '../domain/types';
import { formatDuration } from '../orders/DeadlineText';
import { useOrderCommand } from '../orders/useOrderCommand';
import { useNow } from '../providers/serverClock';
import { CstDateTime } from '../shared/CstDateTime';
import { useEnumLabel } from '../shared/useEnumLabel';
import { CallPhones } from './CallPhones';
import { useCallKeys } from './useCallKeys';
import { useRefreshReviewData } from './useReviewData';

/**
 * Logging a call in a few keystrokes: the numbers and the script beside the form; after an
 * unanswered attempt a countdown to the next one (the API refuses earlier ones too).
 */
export const CallPanel = ({
  order,
  calls,
  onUnreachable,
}: {
  order: Order;
  calls: readonly CallAttempt[];
  onUnreachable: () => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const now = useNow(1_000);
  const refresh = useRefreshReviewData();
  const [outcome, setOutcome] = useState<CallOutcome>('connected');
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState<CallScriptPoint[]>([]);
  const { run, isPending } = useOrderCommand({
    successMessage: () => ({ message: 'app.review.call.logged' }),
    onSuccess: () => {
      setNote('');
      setConfirmed([]);
      refresh();
    },
  });
  const current = calls.filter((c) => c.revision === order.revision);
  const unanswered = current.filter((c) => c.outcome !== 'connected').length;
  const retryAt = nextCallAllowedAt(calls, order.revision);
  const waitMs = retryAt ? retryAt.getTime() - now.getTime() : 0;
  const connected = outcome === 'connected';
  const toggle = (point: CallScriptPoint) =>
    setConfirmed((list) =>
      list.includes(point) ? list.filter((p) => p !== point) : [...list, point],
    );

  const submit = () =>
    run((dp, idempotencyKey) =>
      dp.orderAction(
        order.id,
        'calls',
        {
          version: order.version,
          outcome,
          note,
          ...(connected ? { confirmed } : {}),
        },
        { idempotencyKey },
      ),
    );

  const { outcomeProps } = useCallKeys({
    outcome,
    setOutcome,
    confirmAll: () =>
      setConfirmed((list) =>
        !connected || list.length === CALL_SCRIPT_POINTS.length ? [] : [...CALL_SCRIPT_POINTS],
      ),
    submit: () => !isPending && waitMs <= 0 && submit(),
  });

  return (
    <Stack spacing={1.5}>
      <CallPhones order={order} />
      {current.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.review.call.attempts', { count: current.length, unanswered })}
        </Typography>
      )}
      {retryAt && waitMs > 0 && (
        <Alert severity="info" role="timer" aria-live="off">
          {translate('app.review.call.retry_at')}
          <CstDateTime value={retryAt.toISOString()} />
          {translate('app.review.call.retry_wait', { left: formatDuration(translate, waitMs) })}
        </Alert>
      )}
      {retryAt && waitMs <= 0 && (
        <Alert severity="warning">{translate('app.review.call.retry_now')}</Alert>
      )}
      {unreachableRejectionAllowed(calls, order.revision) && (
        <Alert severity="warning">
          {translate('app.review.call.unreachable_hint')}
          <Button
            color="error"
            variant="outlined"
            size="small"
            sx={{ mt: 1, display: 'flex' }}
            onClick={onUnreachable}
          >
            {translate('app.review.call.unreachable_action')}
          </Button>
        </Alert>
      )}
      <TextField
        select
        size="small"
        label={translate('app.review.call.outcome')}
        {...outcomeProps}
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as CallOutcome)}
      >
        {CALL_OUTCOMES.map((value) => (
          <MenuItem key={value} value={value}>
            {enumLabel('calls', 'outcome', value)}
          </MenuItem>
        ))}
      </TextField>
      {connected && (
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="body2" color="text.secondary">
            {translate('app.review.call.script')}
          </Typography>
          <FormGroup>
            {CALL_SCRIPT_POINTS.map((point) => (
              <FormControlLabel
                key={point}
                control={
                  <Checkbox
                    size="small"
                    checked={confirmed.includes(point)}
                    onChange={() => toggle(point)}
                  />
                }
                label={translate(`app.review.call.points.${point}`)}
              />
            ))}
          </FormGroup>
        </Box>
      )}
      <TextField
        size="small"
        multiline
        minRows={2}
        label={translate('app.review.call.note')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <Button
        variant="outlined"
        startIcon={<PhoneIcon />}
        disabled={isPending || waitMs > 0}
        onClick={submit}
      >
        {translate('app.review.call.log')}
      </Button>
    </Stack>
  );
};
