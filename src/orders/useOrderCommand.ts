import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { Order } from '../domain/types';
import { apiErrorCode } from '../providers/apiErrors';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { newIdempotencyKey } from '../providers/idempotency';

/** Refusals that mean "what you saw is out of date": show the order as it now is. */
const STALE_CODES = ['ALREADY_CLAIMED', 'VERSION_CONFLICT', 'INVALID_STATE', 'NOT_ASSIGNEE'];

type Command = (dataProvider: ReviewDataProvider, idempotencyKey: string) => Promise<Order | null>;

/**
 * Runs one order action (claim, release, claim-next...) pessimistically: one idempotency key per
 * click, the answered order written into react-admin's cache (no stale flash), lists and the
 * timeline refetched, refusals explained in the user's language.
 */
export function useOrderCommand(options: {
  successMessage?: (order: Order) => { message: string; args?: Record<string, unknown> };
  onSuccess?: (order: Order | null) => void;
}) {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();

  const mutation = useMutation<Order | null, Error, Command>({
    mutationFn: (command) => command(dataProvider, newIdempotencyKey()),
    onSuccess: (order) => {
      if (order) {
        queryClient.setQueryData(
          ['orders', 'getOne', { id: String(order.id), meta: undefined }],
          order,
        );
        const success = options.successMessage?.(order);
        if (success) notify(success.message, { type: 'success', messageArgs: success.args });
      }
      void queryClient.invalidateQueries({ queryKey: ['orders', 'getList'] });
      void queryClient.invalidateQueries({ queryKey: ['audit_events'] });
      options.onSuccess?.(order);
    },
    onError: (error) => {
      notify(error.message, { type: 'error', messageArgs: { _: error.message } });
      const code = apiErrorCode(error);
      if (code && STALE_CODES.includes(code)) {
        void queryClient.invalidateQueries({ queryKey: ['orders'] });
        void queryClient.invalidateQueries({ queryKey: ['audit_events'] });
      }
    },
  });

  return { run: (command: Command) => mutation.mutate(command), isPending: mutation.isPending };
}
