import { useQueryClient } from '@tanstack/react-query';
import type { Order } from '../domain/types';
import { useOrderCommand } from '../orders/useOrderCommand';

export type VerdictChoice = 'accepted' | 'rejected';

/**
 * Records the reviewer's verdict on one material of the order they hold
 * (`POST /api/orders/:id/materials/:materialId/verdict`), pessimistically and with the version the
 * reviewer is looking at; the answered order replaces the cached one and the materials list refetches.
 */
export function useMaterialVerdict(order: Pick<Order, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  const { runAction, isPending } = useOrderCommand({
    successMessage: () => ({ message: 'app.review.verdict.saved' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['materials'] }),
  });
  const setVerdict = (
    materialId: string,
    verdict: VerdictChoice,
    reasonCode?: string,
    note?: string,
  ) =>
    runAction(order.id, `materials/${encodeURIComponent(materialId)}/verdict`, {
      version: order.version,
      verdict,
      ...(reasonCode ? { reasonCode } : {}),
      ...(note ? { note } : {}),
    });
  return { setVerdict, isPending };
}
