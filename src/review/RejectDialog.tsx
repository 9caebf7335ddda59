import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  Stack,
  TextField,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { proposedReasons } from '../domain/checks/proposedReasons';
import type { Material, Order, RejectionReason } from '../domain/types';
import { DraftNotice } from '../reliability/DraftNotice';
import { useDraft } from '../reliability/drafts';
import { useDraftScope } from '../reliability/useDraftScope';
import { NoticePreview } from './NoticePreview';
import { RejectReasonEditor } from './RejectReasonEditor';
import { useDecision } from './useDecision';
import { useDialogSend } from '../keyboard/useDialogSend';
import { useReasons, type ReasonRecord } from './useReviewData';

const noReasons = (reasons: RejectionReason[]) => reasons.length === 0;

/** The reasons to start from: the given codes, else what the failing checks propose. */
function initialReasons(
  order: Order,
  codes: readonly string[] | undefined,
  catalog: ReasonRecord[],
) {
  if (!codes) return proposedReasons(order.checks).map(({ checkIds: _ids, ...reason }) => reason);
  return codes.flatMap((code): RejectionReason[] => {
    const template = catalog.find((r) => r.code === code);
    if (!template) return [];
    const field =
      template.target?.kind === 'field' ? template.target.ref.replace('[]', '[0]') : undefined;
    return [{ code, message: template.applicantMessage, ...(field ? { field } : {}) }];
  });
}

/**
 * Returning the order to the applicant: one or more catalog reasons, each tied to what it concerns,
 * its message editable, and a preview of exactly what the applicant receives before confirming.
 */
interface RejectProps {
  order: Order;
  materials: readonly Material[];
  prefill?: readonly string[];
  onClose: () => void;
}

export const RejectDialog = ({ open, ...props }: RejectProps & { open: boolean }) => {
  const translate = useTranslate();
  const catalog = useReasons();
  return (
    <Dialog
      open={open}
      onClose={props.onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="reject-title"
    >
      <DialogTitle id="reject-title">{translate('app.review.reject.title')}</DialogTitle>
      {/* Mounted on opening: the form starts from the prefill, then what the reviewer types is kept. */}
      {open && catalog.length > 0 && <RejectForm {...props} catalog={catalog} />}
    </Dialog>
  );
};

const RejectForm = ({
  order,
  materials,
  prefill,
  onClose,
  catalog,
}: RejectProps & { catalog: ReasonRecord[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The chosen reasons and their messages are a draft: a reload, a conflict or a lost session keeps
  // them; a prefill (the unreachable shortcut) starts afresh.
  const draft = useDraft(
    useDraftScope(order, prefill ? 'reject-prefill' : 'reject'),
    () => initialReasons(order, prefill, catalog),
    noReasons,
  );
  const reasons = draft.value;
  const setReasons = draft.setValue;
  const { runAction, isPending } = useDecision({
    done: 'app.review.reject.done',
    onDone: () => draft.clear(),
  });
  const titleOf = (r: ReasonRecord) => (locale === 'en' ? r.titleEn : r.titleZh);
  const chosen = catalog.filter((r) => reasons.some((reason) => reason.code === r.code));
  const valid = reasons.length > 0 && reasons.every((r) => r.message.trim() !== '');

  const choose = (templates: ReasonRecord[]) =>
    setReasons(
      templates.map(
        (t) =>
          reasons.find((r) => r.code === t.code) ??
          initialReasons(order, [t.code], catalog)[0] ?? {
            code: t.code,
            message: t.applicantMessage,
          },
      ),
    );
  const confirm = () => runAction(order.id, 'reject', { version: order.version, reasons });
  useDialogSend({
    dialog: 'reject-title',
    group: 'app.keyboard.groups.reject',
    description: 'app.keyboard.reject.send',
    send: () => valid && !isPending && confirm(),
    enabled: true,
    hints: [{ keys: [], label: '↑ / ↓ · Enter', description: 'app.keyboard.reject.search' }],
  });

  return (
    <>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DraftNotice draft={draft} currentRevision={order.revision} />
          <Autocomplete
            multiple
            // Typing filters, Enter takes the top match: a reason is found without the mouse.
            autoHighlight
            // Grouped by category: the options must be sorted by it, or groups repeat.
            options={[...catalog].sort((a, b) => a.category.localeCompare(b.category))}
            value={chosen}
            getOptionLabel={titleOf}
            groupBy={(r) => translate(`app.review.reject.categories.${r.category}`)}
            isOptionEqualToValue={(a, b) => a.code === b.code}
            onChange={(_event, value) => choose(value)}
            renderInput={(params) => (
              <TextField {...params} autoFocus label={translate('app.review.reject.reasons')} />
            )}
          />
          {reasons.map((reason) => {
            const template = catalog.find((t) => t.code === reason.code);
            if (!template) return null;
            return (
              <RejectReasonEditor
                key={reason.code}
                template={template}
                reason={reason}
                materials={materials}
                websites={order.websites}
                onChange={(next) =>
                  setReasons((all) => all.map((r) => (r.code === next.code ? next : r)))
                }
              />
            );
          })}
          {!valid && <Alert severity="info">{translate('app.review.reject.need_reason')}</Alert>}
          {valid && (
            <>
              <Divider />
              <NoticePreview order={order} reasons={reasons} />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color="error" disabled={isPending || !valid} onClick={confirm}>
          {translate('app.review.reject.confirm')}
        </Button>
      </DialogActions>
    </>
  );
};
