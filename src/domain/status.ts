import type { Order, OrderStatus, Role, User } from './types';

/**
 * The order's status machine (api.md "Order statuses") and who may do what to an order. The mock API
 * enforces it and the console uses it to decide which buttons to offer: one truth for both.
 */

export const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_review: ['in_review'],
  in_review: ['pending_review', 'bureau_pending', 'rejected'],
  bureau_pending: ['bureau_approved', 'bureau_rejected'],
  bureau_approved: [],
  bureau_rejected: [],
  // An applicant's resubmission brings the order back with revision + 1.
  rejected: ['pending_review'],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const ORDER_ACTIONS = [
  'claim',
  'release',
  'reassign',
  'call',
  'verdict',
  'approve',
  'reject',
  'bureau_result',
  'note',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/**
 * Actions in the audit trail: the staff's order actions, the applicant's submissions and what the
 * system does by itself (a claim whose lease lapsed goes back to the queue).
 */
export const AUDIT_ACTIONS = [
  'submit',
  'resubmit',
  ...ORDER_ACTIONS,
  'lease_expired',
  /** A reviewer or supervisor saw a masked personal field, with a reason (api.md). */
  'reveal',
] as const;

interface ActionRule {
  roles: readonly Role[];
  /** Only the order's assignee may act (a supervisor too where `supervisorOverrides`). */
  assigneeOnly: boolean;
  supervisorOverrides?: boolean;
  from: readonly OrderStatus[] | 'any';
  /** The status the action leads to; null where the status does not change. */
  to: OrderStatus | null;
}

export const ACTION_RULES: Readonly<Record<OrderAction, ActionRule>> = {
  claim: {
    roles: ['reviewer', 'supervisor'],
    assigneeOnly: false,
    from: ['pending_review'],
    to: 'in_review',
  },
  release: {
    roles: ['reviewer', 'supervisor'],
    assigneeOnly: true,
    supervisorOverrides: true,
    from: ['in_review'],
    to: 'pending_review',
  },
  reassign: {
    roles: ['supervisor'],
    assigneeOnly: false,
    from: ['pending_review', 'in_review'],
    to: 'in_review',
  },
  call: { roles: ['reviewer', 'supervisor'], assigneeOnly: true, from: ['in_review'], to: null },
  verdict: { roles: ['reviewer', 'supervisor'], assigneeOnly: true, from: ['in_review'], to: null },
  approve: {
    roles: ['reviewer', 'supervisor'],
    assigneeOnly: true,
    from: ['in_review'],
    to: 'bureau_pending',
  },
  reject: {
    roles: ['reviewer', 'supervisor'],
    assigneeOnly: true,
    from: ['in_review'],
    to: 'rejected',
  },
  bureau_result: {
    roles: ['supervisor'],
    assigneeOnly: false,
    from: ['bureau_pending'],
    to: null, // bureau_approved or bureau_rejected, chosen by the result
  },
  note: { roles: ['reviewer', 'supervisor'], assigneeOnly: false, from: 'any', to: null },
};

export type Refusal =
  | { status: 403; code: 'FORBIDDEN' }
  | { status: 403; code: 'NOT_ASSIGNEE' }
  | { status: 409; code: 'ALREADY_CLAIMED' }
  | { status: 409; code: 'INVALID_STATE' };

type Actor = Pick<User, 'id' | 'role'>;
type OrderState = Pick<Order, 'status' | 'assigneeId'>;

/** Role check: the first gate after authentication (api.md error precedence). */
export function roleRefusal(action: OrderAction, actor: Actor): Refusal | null {
  return ACTION_RULES[action].roles.includes(actor.role)
    ? null
    : { status: 403, code: 'FORBIDDEN' };
}

/** Ownership check: after the order is known to exist. */
export function ownershipRefusal(
  action: OrderAction,
  order: OrderState,
  actor: Actor,
): Refusal | null {
  const rule = ACTION_RULES[action];
  if (!rule.assigneeOnly) return null;
  if (order.assigneeId === actor.id) return null;
  if (rule.supervisorOverrides && actor.role === 'supervisor') return null;
  return { status: 403, code: 'NOT_ASSIGNEE' };
}

/** Status check: after body validation and the version check. */
export function statusRefusal(action: OrderAction, order: OrderState): Refusal | null {
  const rule = ACTION_RULES[action];
  if (rule.from === 'any' || rule.from.includes(order.status)) return null;
  if (action === 'claim' && order.status === 'in_review') {
    return { status: 409, code: 'ALREADY_CLAIMED' };
  }
  return { status: 409, code: 'INVALID_STATE' };
}

/** The first refusal in the contract's order, ignoring body and version (which the UI controls). */
export function actionRefusal(
  action: OrderAction,
  order: OrderState,
  actor: Actor,
): Refusal | null {
  return (
    roleRefusal(action, actor) ??
    ownershipRefusal(action, order, actor) ??
    statusRefusal(action, order)
  );
}

export function canPerform(action: OrderAction, order: OrderState, actor: Actor): boolean {
  return actionRefusal(action, order, actor) === null;
}

export function allowedActions(order: OrderState, actor: Actor): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => canPerform(action, order, actor));
}

/** Statuses in which an order still waits for, or is under, the initial review. */
export const OPEN_STATUSES: readonly OrderStatus[] = ['pending_review', 'in_review'];
