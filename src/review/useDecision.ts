import { useNotify, useRedirect } from 'react-admin';
import type { Order } from '../domain/types';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { useOrderCommand, type Intent } from '../orders/useOrderCommand';

type Command = (dataProvider: ReviewDataProvider, idempotencyKey: string) => Promise<Order | null>;

/**
 * A decision (approve, reject): sent once and confirmed by the server, then the reviewer lands on
 * the next most urgent order (claimed for them), or back on the queue when none is waiting.
 */
export function useDecision(options: {
  done: string;
  onRefused?: (error: unknown) => void;
  onDone?: () => void;
}) {
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
    onSuccess: () => {
      options.onDone?.();
      next.run((dp, idempotencyKey) => dp.claimNext({ idempotencyKey }));
    },
  });
  const run = (command: Command, intent?: Intent) =>
    decision.run(async (dp, key) => {
      try {
        return await command(dp, key);
      } catch (error) {
        options.onRefused?.(error);
        throw error;
      }
    }, intent);
  const runAction = (orderId: string, action: string, body: Record<string, unknown>) =>
    run((dp, idempotencyKey) => dp.orderAction(orderId, action, body, { idempotencyKey }), {
      orderId,
      signature: [action, orderId, body],
    });
  return { run, runAction, isPending: decision.isPending || next.isPending };
}
