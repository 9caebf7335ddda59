import { REVIEW_POLICY } from './policy';
import type { Order } from './types';

/**
 * Claims are leases (api.md "Leases"): an order in review stays with its holder while they act on
 * it or renew it, and goes back to the queue `claimLeaseMinutes` after the last sign of activity.
 */

const MINUTE = 60_000;

/** When a lease taken or renewed at `from` lapses. */
export function leaseExpiry(from: Date): Date {
  return new Date(from.getTime() + REVIEW_POLICY.claimLeaseMinutes * MINUTE);
}

/** A lease has lapsed once the clock is strictly past its expiry. */
export function leaseLapsed(order: Pick<Order, 'status' | 'leaseExpiresAt'>, now: Date): boolean {
  return (
    order.status === 'in_review' &&
    order.leaseExpiresAt !== null &&
    now.getTime() > Date.parse(order.leaseExpiresAt)
  );
}

/** Milliseconds left on a lease (negative once lapsed); null when nobody holds the order. */
export function leaseRemainingMs(
  order: Pick<Order, 'status' | 'leaseExpiresAt'>,
  now: Date,
): number | null {
  if (order.status !== 'in_review' || order.leaseExpiresAt === null) return null;
  return Date.parse(order.leaseExpiresAt) - now.getTime();
}
