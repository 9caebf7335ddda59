import LockOpenIcon from '@mui/icons-material/LockOpen';
import PanToolIcon from '@mui/icons-material/PanToolOutlined';
import { Button, Stack, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { allowedActions } from '../../domain/status';
import type { Order, Role } from '../../domain/types';
import { useOrderCommand } from '../useOrderCommand';

/**
 * The actions the signed-in user may take on this order now, by the same rules the API enforces
 * (`allowedActions`). Each sends the version the user is looking at.
 */
export const OrderActions = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { run, isPending } = useOrderCommand({
    successMessage: (updated) => ({
      message: updated.status === 'in_review' ? 'app.order.claimed' : 'app.order.released',
    }),
  });
  if (!identity) return null;
  const actor = { id: String(identity.id), role: identity.role as Role };
  if (actor.role === 'support') {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.order.read_only')}
      </Typography>
    );
  }
  const allowed = allowedActions(order, actor);
  const canClaim = allowed.includes('claim');
  const canRelease = allowed.includes('release');
  if (!canClaim && !canRelease) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.order.no_actions')}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {canClaim && (
        <Button
          variant="contained"
          startIcon={<PanToolIcon />}
          disabled={isPending}
          onClick={() =>
            run((dp, idempotencyKey) => dp.claim(order.id, order.version, { idempotencyKey }), {
              orderId: order.id,
              signature: ['claim', order.id, order.version],
            })
          }
        >
          {translate('app.order.claim')}
        </Button>
      )}
      {canRelease && (
        <Button
          variant="outlined"
          startIcon={<LockOpenIcon />}
          disabled={isPending}
          onClick={() =>
            run((dp, idempotencyKey) => dp.release(order.id, order.version, { idempotencyKey }), {
              orderId: order.id,
              signature: ['release', order.id, order.version],
            })
          }
        >
          {translate('app.order.release')}
        </Button>
      )}
    </Stack>
  );
};
