import { runChecks } from '../../src/domain/checks/runChecks';
import { diffOrders, setApplicantField } from '../../src/domain/resubmission';
import { initialReviewDueAt } from '../../src/domain/sla';
import { toCstIso } from '../../src/domain/time';
import type { Order } from '../../src/domain/types';
import { db } from '../db';
import { ApiError, notFound, validationFailed } from '../http/errors';
import type { RouteContext } from '../http/route';
import { arrayOf, object, optional, required, text, validateBody } from '../http/validate';
import { applicantFixes } from '../seed/resubmission';
import { handlePost } from './pipeline';

/**
 * Mock-only `POST /api/_dev/resubmit {orderId, changes?: [{field, value}]}`: the applicant
 * resubmits a rejected order. Revision + 1, back in the queue with a new deadline, the given field
 * changes (default: fixes for the reasons of the last rejection), new materials of the new revision,
 * and one `resubmit` audit event by the applicant.
 */

const resubmitBody = object({
  orderId: required(text({ min: 1, max: 40 })),
  changes: optional(
    arrayOf(
      object({
        field: required(text({ min: 1, max: 200 })),
        value: required(text({ max: 500, multiline: true })),
      }),
      { max: 50 },
    ),
  ),
});

export function resubmit({ request }: RouteContext): Promise<Response> {
  return handlePost(request, (context) => {
    const body = validateBody(context.body, resubmitBody);
    const order = db.order(body.orderId);
    if (!order) throw notFound('Order');
    if (order.status !== 'rejected') {
      throw new ApiError(409, 'INVALID_STATE', 'Only a rejected order can be resubmitted', {
        status: order.status,
      });
    }
    let changed: Order = order;
    const fields: Record<string, string> = {};
    (body.changes ?? applicantFixes(order)).forEach((change, i) => {
      const next = setApplicantField(changed, change.field, change.value);
      if (next) changed = next;
      else fields[`changes[${i}].field`] = 'not a text field the applicant fills in';
    });
    if (Object.keys(fields).length > 0) throw validationFailed(422, fields);
    const due = initialReviewDueAt(context.now);
    const next: Order = {
      ...changed,
      status: 'pending_review',
      assigneeId: null,
      claimedAt: null,
      leaseExpiresAt: null,
      submittedAt: context.nowIso,
      slaDueAt: due ? toCstIso(due) : null,
      revision: order.revision + 1,
      version: order.version + 1,
      updatedAt: context.nowIso,
      bureau: null,
    };
    next.revisionChanges = diffOrders(order, next);
    next.checks = runChecks(next);
    db.commit({
      order: next,
      event: {
        at: context.nowIso,
        actorId: order.accountId,
        actorRole: 'applicant',
        action: 'resubmit',
        orderId: order.id,
        fromStatus: 'rejected',
        toStatus: 'pending_review',
        details: { revision: next.revision, changes: next.revisionChanges },
      },
    });
    return { status: 200, body: db.order(order.id) };
  });
}
