import { useNotify, useRedirect } from 'react-admin';
import { useSessionCan } from '../providers/sessionUser';
import { useOrderCommand } from './useOrderCommand';

/** Take the most urgent order and open it (the queue's button, `n` and `Shift+N`). */
export function useClaimNext() {
  const notify = useNotify();
  const redirect = useRedirect();
  // From the stored session, so that the button is there in the queue's first frame: appearing a
  // moment later, it narrowed the filter bar, which then wrapped and pushed the rows down.
  const canAccess = useSessionCan('orders', 'claim');
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
  return { canClaim: canAccess, claimNext, isPending };
}
