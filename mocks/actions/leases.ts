import { leaseExpiry, leaseLapsed } from '../../src/domain/claimLease';
import { roleRefusal } from '../../src/domain/status';
import { toCstIso } from '../../src/domain/time';
import type { Order } from '../../src/domain/types';
import { clock } from '../clock';
import { db } from '../db';
import { ApiError, notFound } from '../http/errors';
import type { RouteContext } from '../http/route';
import { object, validateBody } from '../http/validate';
import { handlePost, notAssignee } from './pipeline';

/**
 * Claims are leases (api.md "Leases"). The sweep runs at the start of every request (and after
 * the mock clock moves): every order whose lease lapsed goes back to the queue with one
 * `lease_expired` event by the system. The index keeps leases by expiry, so a sweep with nothing
 * due costs one look at the earliest lease.
 */

export const SYSTEM_ACTOR_ID = 'system';

export function sweepLapsedLeases(now: Date = clock.now()): number {
  let lapsed = 0;
  for (const id of db.leases.takeLapsed(now.getTime())) {
    const order = db.order(id);
    if (!order || !leaseLapsed(order, now)) continue;
    const nowIso = toCstIso(now);
    const after: Order = {
      ...order,
      status: 'pending_review',
      assigneeId: null,
      claimedAt: null,
      leaseExpiresAt: null,
      version: order.version + 1,
      updatedAt: nowIso,
    };
    db.commit({
      order: after,
      event: {
        at: nowIso,
        actorId: SYSTEM_ACTOR_ID,
        actorRole: 'system',
        action: 'lease_expired',
        orderId: order.id,
        fromStatus: 'in_review',
        toStatus: 'pending_review',
        details: {
          previousAssigneeId: order.assigneeId,
          claimedAt: order.claimedAt,
          leaseExpiresAt: order.leaseExpiresAt,
        },
      },
    });
    lapsed += 1;
  }
  return lapsed;
}

/**
 * `POST /api/orders/:id/lease` (body `{}` or none): the holder renews the lease. A heartbeat, not a
 * decision: no new version, no audit event. Same precedence as the other actions.
 */
export function renewLease({ request, params }: RouteContext): Promise<Response> {
  return handlePost(request, (context) => {
    // The roles that may hold an order are those that may act on it as its holder.
    if (roleRefusal('call', context.user)) {
      throw new ApiError(403, 'FORBIDDEN', `The role ${context.user.role} may not hold orders`);
    }
    const order = db.order(params.id ?? '');
    if (!order) throw notFound('Order');
    if (order.assigneeId !== context.user.id) throw notAssignee(order, context.user);
    validateBody(context.body, object({}));
    if (order.status !== 'in_review') {
      throw new ApiError(409, 'INVALID_STATE', `Not possible while the order is ${order.status}`, {
        status: order.status,
      });
    }
    const leaseExpiresAt = toCstIso(leaseExpiry(context.now));
    db.updateWithoutEvent({ ...order, leaseExpiresAt });
    return {
      status: 200,
      body: {
        orderId: order.id,
        assigneeId: order.assigneeId,
        claimedAt: order.claimedAt,
        leaseExpiresAt,
      },
    };
  });
}
