import { formatCstDateTime } from '../domain/format';
import type { AuditEvent } from '../domain/types';

/**
 * What changed an order under a reviewer's feet, in plain words: from the refusal (409
 * VERSION_CONFLICT / ALREADY_CLAIMED, 403 NOT_ASSIGNEE) and the order's latest audit events, which
 * message to show and with what names and times. Pure: the caller fetches, the i18n catalog words it.
 */
export interface ConflictExplanation {
  /** An `app.reliability.conflict.*` key. */
  message: string;
  args: Record<string, string | number>;
}

export interface ConflictInput {
  code: string;
  /** The refusal's `details` (ALREADY_CLAIMED carries `assigneeId` and `claimedAt`). */
  details: Record<string, unknown> | null;
  /** The order's audit events, newest first. */
  events: readonly AuditEvent[];
  /** The signed-in user's id. */
  me: string;
  /** A user's display name from an id (the API's `users`). */
  nameOf: (userId: string) => string;
  leaseMinutes: number;
}

const key = (name: string) => `app.reliability.conflict.${name}`;

/** `HH:mm` in China Standard Time, with the date when it is not today's (by the same clock). */
export function shortTime(iso: string, today: string | null): string {
  const text = formatCstDateTime(iso) ?? iso;
  return today && text.startsWith(today) ? text.slice(11) : text;
}

export function explainConflict(input: ConflictInput, today: string | null): ConflictExplanation {
  const { code, details, events, me, nameOf } = input;
  const time = (iso: string) => shortTime(iso, today);
  const assigneeId = typeof details?.assigneeId === 'string' ? details.assigneeId : null;
  const claimedAt = typeof details?.claimedAt === 'string' ? details.claimedAt : null;
  if (code === 'ALREADY_CLAIMED' && assigneeId && claimedAt) {
    return {
      message: key('claimed_by'),
      args: { actor: nameOf(assigneeId), time: time(claimedAt) },
    };
  }
  // The latest thing somebody else (or the system) did explains the change.
  const event = events.find((e) => e.actorId !== me || e.action === 'lease_expired');
  if (!event) return { message: key('unknown'), args: {} };
  const actor = nameOf(event.actorId);
  const at = time(event.at);
  switch (event.action) {
    case 'claim':
      return { message: key('claimed_by'), args: { actor, time: at } };
    case 'release':
      return { message: key('released_by'), args: { actor, time: at } };
    case 'reassign': {
      const to = event.details.assigneeId;
      return {
        message: key('reassigned'),
        args: { actor, time: at, assignee: typeof to === 'string' ? nameOf(to) : '' },
      };
    }
    case 'lease_expired': {
      const previous = event.details.previousAssigneeId;
      const expiredAt = event.details.leaseExpiresAt;
      const when = typeof expiredAt === 'string' ? time(expiredAt) : at;
      return previous === me
        ? { message: key('lease_expired_mine'), args: { time: when, minutes: input.leaseMinutes } }
        : {
            message: key('lease_expired'),
            args: { time: when, assignee: typeof previous === 'string' ? nameOf(previous) : '' },
          };
    }
    default:
      return { message: key('action_by'), args: { actor, time: at, action: event.action } };
  }
}
