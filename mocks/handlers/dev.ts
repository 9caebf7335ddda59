import { sweepLapsedLeases } from '../actions/leases';
import { resubmit } from '../actions/resubmit';
import { clock } from '../clock';
import { db } from '../db';
import { authenticate } from '../http/auth';
import { parseJsonBody, readRawBody } from '../http/body';
import { validationFailed } from '../http/errors';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';
import {
  boolean,
  finiteNumber,
  instant,
  integer,
  object,
  optional,
  validateBody,
} from '../http/validate';
import { MAX_ORDER_COUNT } from '../seed/generate';

/**
 * Mock-only endpoints (never part of the production contract): move the clock, rebuild the seeded
 * data. Any signed-in role may use them.
 */

const clockBody = object({
  advanceMinutes: optional(finiteNumber()),
  now: optional(instant()),
  frozen: optional(boolean()),
});

const resetBody = object({
  seed: optional(integer({ min: 0, max: 0xffffffff })),
  orders: optional(integer({ min: 1, max: MAX_ORDER_COUNT })),
});

function clockState() {
  return { now: clock.nowIso(), frozen: clock.frozen };
}

export const devHandlers = [
  route('post', '/api/_dev/clock', async ({ request }) => {
    authenticate(request);
    const body = validateBody(parseJsonBody(await readRawBody(request)), clockBody);
    if (body.advanceMinutes !== undefined && body.now !== undefined) {
      throw validationFailed(400, { now: 'give either now or advanceMinutes, not both' });
    }
    if (body.advanceMinutes === undefined && body.now === undefined && body.frozen === undefined) {
      throw validationFailed(400, { body: 'give advanceMinutes, now or frozen' });
    }
    if (body.frozen !== undefined) clock.setFrozen(body.frozen);
    if (body.now !== undefined) clock.set(new Date(body.now));
    if (body.advanceMinutes !== undefined) clock.advanceMinutes(body.advanceMinutes);
    // Leases that lapsed in the time skipped go back to the queue now, not at the next request.
    sweepLapsedLeases();
    return json(clockState());
  }),
  otherMethods('/api/_dev/clock', ['POST']),
  route('post', '/api/_dev/reset', async ({ request }) => {
    authenticate(request);
    const body = validateBody(parseJsonBody(await readRawBody(request)), resetBody);
    const params = db.reset({
      ...(body.seed !== undefined ? { seed: body.seed } : {}),
      ...(body.orders !== undefined ? { orders: body.orders } : {}),
    });
    return json({ ...params, ...clockState() });
  }),
  otherMethods('/api/_dev/reset', ['POST']),
  route('post', '/api/_dev/resubmit', resubmit),
  otherMethods('/api/_dev/resubmit', ['POST']),
];
