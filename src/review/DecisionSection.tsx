import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, List, ListItem, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { approvalUnmet } from '../domain/approval';
import type { CallAttempt, Material, Order } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';
import { ApproveDialog } from './ApproveDialog';
import { useDecisionKeys } from './useDecisionKeys';

/**
 * Approve and reject. Approve opens once the call and the materials are done (a failing blocking
 * check is overridden in the dialog, with a justification); until then the list says what is missing.
 */
export const DecisionSection = ({
  order,
  calls,
  materials,
  approving,
  setApproving,
  onReject,
}: {
  order: Order;
  calls: readonly CallAttempt[];
  materials: readonly Material[];
  approving: boolean;
  setApproving: (open: boolean) => void;
  onReject: () => void;
}) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const unmet = approvalUnmet({ revision: order.revision, checks: order.checks, calls, materials });
  const blocking = unmet.filter((u) => u.code !== 'CHECK_FAILED');
  useDecisionKeys({
    blocking: blocking.length,
    approve: () => setApproving(true),
    reject: onReject,
  });
  const describe = (code: string, materialId?: string, checkId?: string) => {
    const material = materials.find((m) => m.id === materialId);
    return translate(`app.review.approve.unmet.${code}`, {
      material: material ? enumLabel('materials', 'kind', material.kind) : materialId,
      check: order.checks.find((c) => c.id === checkId)?.message ?? checkId,
    });
  };
  return (
    <Stack spacing={1}>
      {unmet.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary">
            {translate('app.review.approve.missing')}
          </Typography>
          <List dense disablePadding aria-label={translate('app.review.approve.missing')}>
            {unmet.map((u, i) => (
              <ListItem key={`${u.code}-${u.materialId ?? u.checkId ?? i}`} sx={{ py: 0 }}>
                <Typography variant="body2">{describe(u.code, u.materialId, u.checkId)}</Typography>
              </ListItem>
            ))}
          </List>
        </>
      )}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          color="success"
          startIcon={<CheckIcon />}
          disabled={blocking.length > 0}
          onClick={() => setApproving(true)}
        >
          {translate('app.review.approve.action')}
        </Button>
        <Button variant="outlined" color="error" startIcon={<UndoIcon />} onClick={onReject}>
          {translate('app.review.reject.action')}
        </Button>
      </Stack>
      {approving && (
        <ApproveDialog
          order={order}
          calls={calls}
          materials={materials}
          open={approving}
          onClose={() => setApproving(false)}
        />
      )}
    </Stack>
  );
};
