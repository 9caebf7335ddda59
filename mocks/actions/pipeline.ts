import {
  ownershipRefusal,
  roleRefusal,
  statusRefusal,
  type OrderAction,
} from '../../src/domain/status';
import { leaseExpiry } from '../../src/domain/claimLease';
import { toCstIso } from '../../src/domain/time';
import type { Order, User } from '../../src/domain/types';
import { clock } from '../clock';
import { db, type Commit } from '../db';
import { authenticate } from '../http/auth';
import { parseJsonBody, readRawBody } from '../http/body';
import { ApiError, notFound, validationFailed } from '../http/errors';
import { fingerprint, idempotencyKey, once } from '../http/idempotency';
import { errorAnswer, toResponse, type Answer } from '../http/respond';
import type { RouteContext } from '../http/route';
import { validateBody, type Check, type FieldErrors } from '../http/validate';
import { sweepLapsedLeases } from './leases';

/**
 * The one pipeline every POST action runs through, in the contract's order of precedence
 * (api.md "Errors"): authentication (401) → Idempotency-Key (400, replay, 422 reuse) → body syntax
 * and media type (400, 415) → role (403 FORBIDDEN) → the order exists (404) → ownership
 * (403 NOT_ASSIGNEE) → body validation (400/422) → version (409) → status (409) → the action's own
 * rules (409/422) → one atomic commit with exactly one audit event. A refusal at any step writes
 * nothing.
 */

export interface ActionContext {
  user: User;
  now: Date;
  nowIso: string;
  /** The route's parameters, e.g. `materialId` of a material verdict. */
  params?: Readonly<Record<string, string | undefined>>;
}

export interface PostContext extends ActionContext {
  request: Request;
  /** The parsed JSON body; undefined when the request has none. */
  body: unknown;
}

/** Authentication, idempotency and body syntax for any POST; `run` does the rest. */
export async function handlePost(
  request: Request,
  run: (context: PostContext) => Answer,
): Promise<Response> {
  const user = authenticate(request);
  const key = idempotencyKey(request);
  const raw = await readRawBody(request);
  const answer = once(user, key, fingerprint(request, raw), () => {
    // Reading the body may have let the clock pass a lease's expiry: decide on the state as of now.
    sweepLapsedLeases();
    try {
      const body = parseJsonBody(raw);
      const now = clock.now();
      return run({ request, user, body, now, nowIso: clock.nowIso() });
    } catch (error) {
      if (error instanceof ApiError) return errorAnswer(error);
      throw error;
    }
  });
  return toResponse(answer);
}

/** What an action decided: the changed order (version and time are the pipeline's) and details. */
export interface ActionOutcome extends Omit<Commit, 'order' | 'event'> {
  order: Order;
  details: Record<string, unknown>;
}

export interface OrderActionSpec<B extends { version: number }> {
  action: OrderAction;
  body: Check<B>;
  /** Other things the route names must exist too (404, right after the order's own check). */
  exists?(order: Order, context: ActionContext): void;
  /** Body rules that need data, e.g. "the assignee is a reviewer" (422 VALIDATION_FAILED). */
  validate?(body: B, order: Order, context: ActionContext): FieldErrors | null;
  /** The action's own rules (may throw 409/422) and its effect. */
  perform(order: Order, body: B, context: ActionContext): ActionOutcome;
}

export function versionConflict(order: Order): ApiError {
  return new ApiError(409, 'VERSION_CONFLICT', 'The order changed since you loaded it', {
    currentVersion: order.version,
  });
}

export function statusConflict(action: OrderAction, order: Order): ApiError | null {
  const refusal = statusRefusal(action, order);
  if (!refusal) return null;
  if (refusal.code === 'ALREADY_CLAIMED') {
    return new ApiError(409, 'ALREADY_CLAIMED', 'Somebody already holds this order', {
      assigneeId: order.assigneeId,
      claimedAt: order.claimedAt,
      leaseExpiresAt: order.leaseExpiresAt,
    });
  }
  return new ApiError(409, 'INVALID_STATE', `Not possible while the order is ${order.status}`, {
    status: order.status,
  });
}

export function forbidden(action: OrderAction, user: User): ApiError | null {
  return roleRefusal(action, user)
    ? new ApiError(403, 'FORBIDDEN', `The role ${user.role} may not ${action}`)
    : null;
}

/**
 * The lease after an action (api.md "Leases"): taken by a claim or a reassignment, renewed by any
 * action of the holder that leaves the order in review, kept by others' notes, gone otherwise.
 */
function leaseAfter(action: OrderAction, before: Order, order: Order, context: ActionContext) {
  if (order.status !== 'in_review') return null;
  const holderActs =
    before.status === 'in_review' &&
    before.assigneeId === context.user.id &&
    order.assigneeId === context.user.id;
  if (action === 'claim' || action === 'reassign' || holderActs)
    return toCstIso(leaseExpiry(context.now));
  return order.leaseExpiresAt;
}

/** Commits an outcome: version + 1, `updatedAt`, the lease, and the one audit event. */
export function commitOutcome(
  action: OrderAction,
  before: Order,
  outcome: ActionOutcome,
  context: ActionContext,
): Order {
  const { order, details, ...writes } = outcome;
  const after: Order = {
    ...order,
    version: before.version + 1,
    updatedAt: context.nowIso,
    leaseExpiresAt: leaseAfter(action, before, order, context),
  };
  db.commit({
    ...writes,
    order: after,
    event: {
      at: context.nowIso,
      actorId: context.user.id,
      actorRole: context.user.role,
      action,
      orderId: before.id,
      fromStatus: before.status,
      toStatus: after.status,
      details,
    },
  });
  return after;
}

/** 403 NOT_ASSIGNEE; to a holder whose lease lapsed, it says so (`details.leaseExpired`). */
export function notAssignee(order: Order, user: User): ApiError {
  const last = db.audit.forOrder(order.id).at(-1);
  if (
    order.assigneeId === null &&
    last?.action === 'lease_expired' &&
    last.details.previousAssigneeId === user.id
  ) {
    return new ApiError(
      403,
      'NOT_ASSIGNEE',
      'Your claim on this order lapsed after a period without activity; claim it again to continue',
      {
        assigneeId: null,
        leaseExpired: { at: last.at, leaseExpiresAt: last.details.leaseExpiresAt },
      },
    );
  }
  return new ApiError(403, 'NOT_ASSIGNEE', 'Only the reviewer holding this order may do that', {
    assigneeId: order.assigneeId,
  });
}

export function orderAction<B extends { version: number }>(spec: OrderActionSpec<B>) {
  return ({ request, params }: RouteContext): Promise<Response> =>
    handlePost(request, (postContext) => {
      const context = { ...postContext, params };
      const denied = forbidden(spec.action, context.user);
      if (denied) throw denied;
      const order = db.order(params.id ?? '');
      if (!order) throw notFound('Order');
      spec.exists?.(order, context);
      if (ownershipRefusal(spec.action, order, context.user))
        throw notAssignee(order, context.user);
      const body = validateBody(context.body, spec.body);
      const fields = spec.validate?.(body, order, context);
      if (fields && Object.keys(fields).length > 0) throw validationFailed(422, fields);
      if (body.version !== order.version) throw versionConflict(order);
      const conflict = statusConflict(spec.action, order);
      if (conflict) throw conflict;
      const after = commitOutcome(spec.action, order, spec.perform(order, body, context), context);
      return { status: 200, body: after };
    });
}
