import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { DraftNotice } from '../reliability/DraftNotice';
import { useDraft } from '../reliability/drafts';
import { useDraftScope } from '../reliability/useDraftScope';
import { useTranslate } from 'react-admin';
import { approvalUnmet, type Unmet } from '../domain/approval';
import { REVIEW_POLICY } from '../domain/policy';
import { provinceByCode } from '../domain/provinces';
import type { CallAttempt, Material, Order } from '../domain/types';
import { apiErrorDetails } from './apiDetails';
import { useEnumLabel } from '../shared/useEnumLabel';
import { useDecision } from './useDecision';
import { useDialogSend } from '../keyboard/useDialogSend';
import { growingTextArea } from '../shared/textArea';

const noJustification = (all: Record<string, string>) =>
  Object.values(all).every((text) => text.trim() === '');

/**
 * Approval: sent at once and confirmed by the server (no undo). Lists what is still missing, by the
 * same rule the API applies, and asks a written justification for each failing blocking check.
 */
export const ApproveDialog = ({
  order,
  calls,
  materials,
  open,
  onClose,
}: {
  order: Order;
  calls: readonly CallAttempt[];
  materials: readonly Material[];
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  // Justifications are a draft: a reload, a conflict or a lost session keeps them.
  const draft = useDraft<Record<string, string>>(
    useDraftScope(order, 'approve'),
    () => ({}),
    noJustification,
  );
  const justifications = draft.value;
  const [serverUnmet, setServerUnmet] = useState<Unmet[] | null>(null);
  const failing = order.checks.filter((c) => c.status === 'fail' && c.blocking);
  const overrides = failing
    .map((c) => ({ checkId: c.id, justification: justifications[c.id] ?? '' }))
    .filter((o) => o.justification.trim() !== '');
  const unmet =
    serverUnmet ??
    approvalUnmet({ revision: order.revision, checks: order.checks, calls, materials, overrides });
  const { runAction, isPending } = useDecision({
    done: 'app.review.approve.done',
    onDone: () => draft.clear(),
    onRefused: (error) => {
      const details = apiErrorDetails(error);
      if (Array.isArray(details?.unmet)) setServerUnmet(details.unmet as Unmet[]);
    },
  });
  const province = provinceByCode(order.province);
  const days =
    REVIEW_POLICY.bureauWorkingDaysByProvince[order.province] ?? REVIEW_POLICY.bureauWorkingDays;

  const describe = (item: Unmet) => {
    const material = materials.find((m) => m.id === item.materialId);
    const check = order.checks.find((c) => c.id === item.checkId);
    return translate(`app.review.approve.unmet.${item.code}`, {
      material: material ? enumLabel('materials', 'kind', material.kind) : item.materialId,
      check: check?.message ?? item.checkId,
    });
  };
  const confirm = () => {
    setServerUnmet(null);
    runAction(order.id, 'approve', {
      version: order.version,
      ...(overrides.length ? { overrides } : {}),
    });
  };

  const ready = !isPending && unmet.length === 0;
  useDialogSend({
    dialog: 'approve-title',
    group: 'app.keyboard.groups.approve',
    description: 'app.keyboard.approve.confirm',
    send: () => ready && confirm(),
    enabled: open,
    hints: [{ keys: ['Enter'], description: 'app.keyboard.approve.confirm' }],
  });

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="approve-title">
      <DialogTitle id="approve-title">{translate('app.review.approve.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DraftNotice draft={draft} currentRevision={order.revision} />
          {unmet.length > 0 ? (
            <Alert severity="warning">
              <Typography variant="body2">{translate('app.review.approve.missing')}</Typography>
              <List dense aria-label={translate('app.review.approve.missing')}>
                {unmet.map((item, i) => (
                  <ListItem
                    key={`${item.code}-${item.materialId ?? item.checkId ?? i}`}
                    sx={{ py: 0 }}
                  >
                    {describe(item)}
                  </ListItem>
                ))}
              </List>
            </Alert>
          ) : (
            <Alert severity="success">
              {translate('app.review.approve.ready', { province: province?.zh ?? order.province })}
              <br />
              {translate('app.review.approve.bureau_due', { days })}
            </Alert>
          )}
          {failing.map((check, i) => (
            <TextField
              key={check.id}
              autoFocus={i === 0}
              label={translate('app.review.approve.justification', { check: check.message })}
              {...growingTextArea(2)}
              value={justifications[check.id] ?? ''}
              onChange={(event) => {
                setServerUnmet(null);
                draft.setValue((all) => ({ ...all, [check.id]: event.target.value }));
              }}
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          color="success"
          disabled={!ready}
          autoFocus={failing.length === 0}
          onClick={confirm}
        >
          {translate('app.review.approve.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
