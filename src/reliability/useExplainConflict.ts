import { useCallback } from 'react';
import { useDataProvider, useGetIdentity } from 'react-admin';
import { cstDate } from '../domain/time';
import { REVIEW_POLICY } from '../domain/policy';
import type { AuditEvent, User } from '../domain/types';
import { apiErrorCode } from '../providers/apiErrors';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { serverNow } from '../providers/serverClock';
import { apiErrorDetails } from '../review/apiDetails';
import { explainConflict } from './conflict';
import { reportConflict } from './conflictStore';

/** Refusals that mean "the order changed under you": explained, and the order reloaded. */
export const CONFLICT_CODES = ['VERSION_CONFLICT', 'ALREADY_CLAIMED', 'NOT_ASSIGNEE'];

/**
 * Explains a conflict on an order: reads its latest audit events and the names of the people in
 * them, then shows the explanation on the order page. Falls back to a plain "somebody updated it"
 * when the trail cannot be read (support has no audit access, or the network failed again).
 */
export function useExplainConflict() {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const { identity } = useGetIdentity();
  const me = identity ? String(identity.id) : '';
  return useCallback(
    async (orderId: string, error: unknown, system: string) => {
      const code = apiErrorCode(error) ?? 'VERSION_CONFLICT';
      let events: AuditEvent[] = [];
      let users: User[] = [];
      try {
        ({ data: events } = await dataProvider.getList<AuditEvent>('audit_events', {
          filter: { orderId },
          sort: { field: 'at', order: 'DESC' },
          pagination: { page: 1, perPage: 5 },
        }));
        const ids = new Set<string>();
        const add = (value: unknown) => {
          if (typeof value === 'string' && value !== 'system') ids.add(value);
        };
        add(apiErrorDetails(error)?.assigneeId);
        for (const event of events) {
          add(event.actorId);
          add(event.details.assigneeId);
          add(event.details.previousAssigneeId);
        }
        if (ids.size > 0)
          ({ data: users } = await dataProvider.getMany<User>('users', { ids: [...ids] }));
      } catch {
        // The plain explanation below still tells the reviewer what happened to their work.
      }
      const nameOf = (id: string) =>
        id === 'system' ? system : (users.find((u) => u.id === id)?.name ?? id);
      reportConflict(
        orderId,
        explainConflict(
          {
            code,
            details: apiErrorDetails(error),
            events,
            me,
            nameOf,
            leaseMinutes: REVIEW_POLICY.claimLeaseMinutes,
          },
          cstDate(serverNow()),
        ),
      );
    },
    [dataProvider, me],
  );
}
