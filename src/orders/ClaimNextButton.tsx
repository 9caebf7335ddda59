import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button } from '@mui/material';
import { useCanAccess, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useOrderCommand } from './useOrderCommand';

/** The reviewer's main move: take the most urgent order and open it. */
export const ClaimNextButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'claim' });
  const { run, isPending } = useOrderCommand({
    successMessage: (order) => ({ message: 'app.queue.claimed', args: { id: order.id } }),
    onSuccess: (order) => {
      if (order) redirect('show', 'orders', order.id);
      else notify('app.queue.empty', { type: 'info' });
    },
  });
  if (!canAccess) return null;
  return (
    <Button
      variant="contained"
      size="medium"
      startIcon={<PlayArrowIcon />}
      disabled={isPending}
      onClick={() =>
        run((dataProvider, idempotencyKey) => dataProvider.claimNext({ idempotencyKey }))
      }
    >
      {translate('app.queue.claim_next')}
    </Button>
  );
};
