import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import { REVIEW_POLICY } from '../domain/policy';
import type { Order } from '../domain/types';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { useLatest } from '../shared/useLatest';
import { newIdempotencyKey } from '../providers/idempotency';
import { lastActivityAt, trackActivity } from './activity';
import { startLeaseKeeper } from './leaseKeeper';
import { useExplainConflict } from './useExplainConflict';

/** How often the console renews the lease of the order its user holds and has open. */
export const LEASE_RENEW_INTERVAL_MS = 5 * 60_000;

/**
 * Keeps the signed-in user's claim on this order alive while they work on it; tells them when it
 * lapsed or was taken (with what happened, from the audit trail) and shows the order as it is.
 */
export function useLeaseHeartbeat(order: Pick<Order, 'id' | 'status' | 'assigneeId'>) {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const explain = useExplainConflict();
  const { identity } = useGetIdentity();
  const holding =
    order.status === 'in_review' && !!identity && order.assigneeId === String(identity.id);
  const latest = useLatest({ explain, translate });

  useEffect(() => {
    if (!holding) return;
    trackActivity();
    return startLeaseKeeper({
      intervalMs: LEASE_RENEW_INTERVAL_MS,
      idleLimitMs: REVIEW_POLICY.claimLeaseMinutes * 60_000,
      lastActivityAt,
      renew: () => dataProvider.renewLease(order.id, { idempotencyKey: newIdempotencyKey() }),
      onLost: (error) => {
        const { explain: explainNow, translate: t } = latest.current;
        void explainNow(order.id, error, t('app.reliability.system'));
        void queryClient.invalidateQueries({ queryKey: ['orders'] });
        void queryClient.invalidateQueries({ queryKey: ['audit_events'] });
      },
    });
  }, [holding, order.id, dataProvider, queryClient, latest]);
}
