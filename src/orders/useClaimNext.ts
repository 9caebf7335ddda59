import { useCanAccess, useNotify, useRedirect } from 'react-admin';
import { useOrderCommand } from './useOrderCommand';

/** Take the most urgent order and open it (the queue's button, `n` and `Shift+N`). */
export function useClaimNext() {
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
  const claimNext = () => {
    if (!isPending)
      run((dataProvider, idempotencyKey) => dataProvider.claimNext({ idempotencyKey }));
  };
  return { canClaim: !!canAccess, claimNext, isPending };
}
