import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { Order } from '../domain/types';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { orderQueryKey } from '../orders/orderQueryKey';

/**
 * Runs the order's automatic checks again on the server (`GET /api/orders/:id/checks`) and writes
 * the answered order into react-admin's cache, so the page shows the fresh results at once.
 */
export function useRerunChecks(orderId: string) {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const mutation = useMutation<Order, Error>({
    mutationFn: () => dataProvider.getJson<Order>(`/orders/${encodeURIComponent(orderId)}/checks`),
    onSuccess: (order) => {
      queryClient.setQueryData(orderQueryKey(order.id), order);
      void queryClient.invalidateQueries({ queryKey: ['orders', 'getList'] });
      notify('app.checks.rerun_done', { type: 'success' });
    },
    onError: (error) =>
      notify('app.checks.rerun_failed', { type: 'error', messageArgs: { error: error.message } }),
  });
  return { rerun: () => mutation.mutate(), isPending: mutation.isPending };
}
