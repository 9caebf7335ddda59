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
import { useTranslate } from 'react-admin';
import { nextCallAllowedAt, unreachableRejectionAllowed } from '../domain/callPolicy';
import { CALL_OUTCOMES, CALL_SCRIPT_POINTS, type CallScriptPoint } from '../domain/callScript';
import type { CallAttempt, CallOutcome, Order } from '../domain/types';
import { formatDuration } from '../orders/DeadlineText';
import { useOrderCommand } from '../orders/useOrderCommand';
import { useNow } from '../providers/serverClock';
import { DraftNotice } from '../reliability/DraftNotice';
import { useDraft } from '../reliability/drafts';
import { useDraftScope } from '../reliability/useDraftScope';
import { CstDateTime } from '../shared/CstDateTime';
import { useEnumLabel } from '../shared/useEnumLabel';
import { CallPhones } from './CallPhones';
import { useCallKeys } from './useCallKeys';
import { useRefreshReviewData } from './useReviewData';
import { growingTextArea } from '../shared/textArea';

interface CallDraft {
  outcome: CallOutcome;
  note: string;
  confirmed: CallScriptPoint[];
}
const EMPTY_CALL: CallDraft = { outcome: 'connected', note: '', confirmed: [] };
const isEmptyCall = (d: CallDraft) =>
  d.note.trim() === '' && d.confirmed.length === 0 && d.outcome === 'connected';

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
  // The call note and ticked points are a draft: a reload or a lost session keeps them.
  const draft = useDraft(useDraftScope(order, 'call'), () => EMPTY_CALL, isEmptyCall);
  const { outcome, note, confirmed } = draft.value;
  const setOutcome = (value: CallOutcome) => draft.setValue((d) => ({ ...d, outcome: value }));
  const setNote = (value: string) => draft.setValue((d) => ({ ...d, note: value }));
  const { runAction, isPending } = useOrderCommand({
    successMessage: () => ({ message: 'app.review.call.logged' }),
    onSuccess: () => {
      draft.clear({ ...EMPTY_CALL, outcome });
      refresh();
    },
  });
  const current = calls.filter((c) => c.revision === order.revision);
  const unanswered = current.filter((c) => c.outcome !== 'connected').length;
  const retryAt = nextCallAllowedAt(calls, order.revision);
  const waitMs = retryAt ? retryAt.getTime() - now.getTime() : 0;
  const connected = outcome === 'connected';
  const toggle = (point: CallScriptPoint) =>
    draft.setValue((d) => ({
      ...d,
      confirmed: d.confirmed.includes(point)
        ? d.confirmed.filter((p) => p !== point)
        : [...d.confirmed, point],
    }));

  const submit = () =>
    runAction(order.id, 'calls', {
      version: order.version,
      outcome,
      note,
      ...(connected ? { confirmed } : {}),
    });

  const { outcomeProps } = useCallKeys({
    outcome,
    setOutcome,
    confirmAll: () =>
      draft.setValue((d) => ({
        ...d,
        confirmed:
          !connected || d.confirmed.length === CALL_SCRIPT_POINTS.length
            ? []
            : [...CALL_SCRIPT_POINTS],
      })),
    submit: () => !isPending && waitMs <= 0 && submit(),
  });

  return (
    <Stack spacing={1.5}>
      <CallPhones order={order} />
      <DraftNotice draft={draft} currentRevision={order.revision} />
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
        {...growingTextArea(2)}
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
