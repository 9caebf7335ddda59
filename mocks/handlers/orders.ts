import { approve } from '../actions/approve';
import { claim, reassign, release } from '../actions/assignment';
import { bureauResult } from '../actions/bureauResult';
import { calls } from '../actions/calls';
import { notes } from '../actions/notes';
import { reject } from '../actions/reject';
import { verdict } from '../actions/verdict';
import { claimNext } from '../actions/claimNext';
import { renewLease } from '../actions/leases';
import { db } from '../db';
import { authenticate } from '../http/auth';
import { notFound } from '../http/errors';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';
import { queryOrders, viewOrder } from '../orders/queryOrders';

/**
 * Orders: read with list queries, changed only through actions. Writing the resource directly
 * (PUT, PATCH, DELETE, POST to the collection) is 405.
 */

const ACTIONS = {
  claim,
  release,
  reassign,
  calls,
  approve,
  reject,
  'bureau-result': bureauResult,
  notes,
  lease: renewLease,
  'materials/:materialId/verdict': verdict,
} as const;

export const orderHandlers = [
  route('get', '/api/orders', ({ request, url }) => queryOrders(url, authenticate(request))),
  route('post', '/api/orders/claim-next', claimNext),
  otherMethods('/api/orders/claim-next', ['POST']),
  otherMethods('/api/orders', ['GET']),
  route('get', '/api/orders/:id', ({ request, params }) => {
    const user = authenticate(request);
    const order = db.order(params.id ?? '');
    if (!order) throw notFound('Order');
    return json(viewOrder(order, user));
  }),
  otherMethods('/api/orders/:id', ['GET']),
  ...Object.entries(ACTIONS).flatMap(([name, handle]) => [
    route('post', `/api/orders/:id/${name}`, handle),
    otherMethods(`/api/orders/:id/${name}`, ['POST']),
  ]),
];
