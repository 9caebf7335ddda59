import { DEADLINE_STATES, type DeadlineState } from './sla';
import { FILER_KINDS, ORDER_STATUSES, ORDER_TYPES } from './types';
import type { FilerKind, OrderStatus, OrderType } from './types';

/**
 * The queries the `orders` list answers (api.md): which fields filter and sort. The mock API refuses
 * anything else with 400 BAD_QUERY, and the console builds its filters and views from the same lists.
 */

export const ORDER_SORT_FIELDS = [
  'id',
  'submittedAt',
  'slaDueAt',
  'updatedAt',
  'status',
  'province',
  'type',
  'filerKind',
  'assigneeId',
  'revision',
] as const;
export type OrderSortField = (typeof ORDER_SORT_FIELDS)[number];

export interface OrderFilter {
  /** One id or an array of ids (react-admin's getMany). */
  id?: string | string[];
  status?: OrderStatus | OrderStatus[];
  province?: string | string[];
  type?: OrderType | OrderType[];
  filerKind?: FilerKind;
  /** A user id, or null for orders nobody holds. */
  assigneeId?: string | null;
  deadline?: DeadlineState;
  /** Orders whose call-back is due: the last attempt went unanswered and the retry time has come. */
  callbackDue?: boolean;
  /** Orders with (true) or without (false) a failing automatic check. */
  hasFailingChecks?: boolean;
  /** Free text: order number, domain, subject name, phone, certificate number. */
  q?: string;
  /** Every order of the same subject (certificate number) as this order, itself included. */
  sameSubjectAs?: string;
}

export const ORDER_FILTER_FIELDS = [
  'id',
  'status',
  'province',
  'type',
  'filerKind',
  'assigneeId',
  'deadline',
  'callbackDue',
  'hasFailingChecks',
  'q',
  'sameSubjectAs',
] as const satisfies readonly (keyof OrderFilter)[];

/** Allowed values of the enumerated filters, for validation and for the console's choices. */
export const ORDER_FILTER_ENUMS = {
  status: ORDER_STATUSES,
  type: ORDER_TYPES,
  filerKind: FILER_KINDS,
  deadline: DEADLINE_STATES,
} as const;

/** The queue's one-click views. `mine` is filled with the signed-in user's id. */
export const QUEUE_VIEWS = ['unclaimed', 'mine', 'callback', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export function queueViewFilter(view: QueueView, userId: string): OrderFilter {
  switch (view) {
    case 'unclaimed':
      return { status: 'pending_review' };
    case 'mine':
      return { status: 'in_review', assigneeId: userId };
    case 'callback':
      return { callbackDue: true };
    case 'all':
      return {};
  }
}

/** Normalises free text the way search compares it: trimmed, lower-case, no scheme or www. */
export function normalizeSearchText(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}
