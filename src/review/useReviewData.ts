import { useQueryClient } from '@tanstack/react-query';
import { useGetList } from 'react-admin';
import type { RejectionReasonTemplate } from '../domain/reasons';
import type { CallAttempt, Material, Order } from '../domain/types';

/** The calls and materials of the order's current revision, as the review panels need them. */
export function useReviewData(order: Pick<Order, 'id' | 'revision'>) {
  const calls = useGetList<CallAttempt>('calls', {
    filter: { orderId: order.id },
    sort: { field: 'at', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const materials = useGetList<Material>('materials', {
    filter: { orderId: order.id },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  return {
    calls: calls.data ?? [],
    materials: (materials.data ?? []).filter((m) => m.revision === order.revision),
    isPending: calls.isPending || materials.isPending,
  };
}

/** After a write, the lists the review panels read from are stale. */
export function useRefreshReviewData() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['calls'] });
    void queryClient.invalidateQueries({ queryKey: ['materials'] });
  };
}

export type ReasonRecord = RejectionReasonTemplate & { id: string };

/** The rejection-reason catalog as the API serves it (`reasons`), in the catalog's own order. */
export function useReasons(): ReasonRecord[] {
  const { data } = useGetList<ReasonRecord>('reasons', {
    pagination: { page: 1, perPage: 100 },
  });
  return data ?? [];
}
