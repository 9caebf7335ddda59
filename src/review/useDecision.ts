import { useNotify, useRedirect } from 'react-admin';
import type { Order } from '../domain/types';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { useOrderCommand } from '../orders/useOrderCommand';

type Command = (dataProvider: ReviewDataProvider, idempotencyKey: string) => Promise<Order | null>;

/**
 * A decision (approve, reject): sent once and confirmed by the server, then the reviewer lands on
 * the next most urgent order (claimed for them), or back on the queue when none is waiting.
 */
export function useDecision(options: { done: string; onRefused?: (error: unknown) => void }) {
  const notify = useNotify();
  const redirect = useRedirect();
  const next = useOrderCommand({
    successMessage: (order) => ({ message: 'app.review.next.opened', args: { id: order.id } }),
    onSuccess: (order) => {
      if (order) redirect('show', 'orders', order.id);
      else {
        notify('app.review.next.empty', { type: 'info' });
        redirect('list', 'orders');
      }
    },
  });
  const decision = useOrderCommand({
    successMessage: () => ({ message: options.done }),
    onSuccess: () => next.run((dp, idempotencyKey) => dp.claimNext({ idempotencyKey })),
  });
  const run = (command: Command) =>
    decision.run(async (dp, key) => {
      try {
        return await command(dp, key);
      } catch (error) {
        options.onRefused?.(error);
        throw error;
      }
    });
  return { run, isPending: decision.isPending || next.isPending };
}
