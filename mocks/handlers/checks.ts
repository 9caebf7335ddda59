import { db } from '../db';
import { authenticate } from '../http/auth';
import { notFound } from '../http/errors';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';
import { recheck } from '../orders/orderChecks';
import { viewOrder } from '../orders/queryOrders';

/**
 * `GET /api/orders/:id/checks`: runs the automatic checks again, now, against the order's current
 * materials and calls, and answers the order with them. Checks are derived data, not a decision: a
 * re-run changes neither the version nor the audit trail, so it is a read any role may make.
 */
export const checkHandlers = [
  route('get', '/api/orders/:id/checks', ({ request, params }) => {
    const user = authenticate(request);
    const order = db.order(params.id ?? '');
    if (!order) throw notFound('Order');
    return json(viewOrder(recheck(order, db.checkSources), user));
  }),
  otherMethods('/api/orders/:id/checks', ['GET']),
];
