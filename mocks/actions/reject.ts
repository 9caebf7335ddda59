import { unreachableRejectionAllowed } from '../../src/domain/callPolicy';
import { rejectionNotice } from '../../src/domain/applicantMessages';
import { reasonByCode, UNREACHABLE_REASON_CODE } from '../../src/domain/reasons';
import type { RejectionReason } from '../../src/domain/types';
import { db } from '../db';
import { ApiError, type ErrorCode } from '../http/errors';
import { arrayOf, integer, object, optional, required, text } from '../http/validate';
import type { FieldErrors } from '../http/validate';
import { orderAction } from './pipeline';

/**
 * `POST /api/orders/:id/reject {version, reasons}`: returns the order to the applicant with one or
 * more catalog reasons, each with the message the applicant receives. "Applicant unreachable" only
 * after the call policy's unanswered attempts.
 */

interface RejectBody {
  version: number;
  reasons: RejectionReason[];
}

const rejectBody = object({
  version: required(integer({ min: 1 })),
  reasons: required(
    arrayOf(
      object({
        code: required(text({ max: 100 })),
        field: optional(text({ max: 200 })),
        materialId: optional(text({ max: 100 })),
        message: required(text({ max: 2000, multiline: true })),
      }),
      { max: 50 },
    ),
  ),
});

function reasonErrors(body: RejectBody, materialIds: Set<string>): FieldErrors {
  const fields: FieldErrors = {};
  if (body.reasons.length === 0) fields.reasons = 'give at least one reason';
  body.reasons.forEach((reason, i) => {
    if (!reasonByCode(reason.code)) fields[`reasons[${i}].code`] = 'not a reason of the catalog';
    if (reason.message.trim() === '') fields[`reasons[${i}].message`] = 'must not be empty';
    if (reason.materialId !== undefined && !materialIds.has(reason.materialId))
      fields[`reasons[${i}].materialId`] = 'not a material of this order';
  });
  return fields;
}

const PRECONDITION: ErrorCode = 'PRECONDITION_FAILED';

export const reject = orderAction<RejectBody>({
  action: 'reject',
  body: rejectBody,
  validate: (body, order) =>
    reasonErrors(body, new Set((db.materialsOf(order.id) ?? []).map((m) => m.id))),
  perform: (order, body, context) => {
    const reasons: RejectionReason[] = body.reasons.map((r) => ({
      code: r.code,
      ...(r.field ? { field: r.field } : {}),
      ...(r.materialId ? { materialId: r.materialId } : {}),
      message: r.message.trim(),
    }));
    const unreachable = reasons.some((r) => r.code === UNREACHABLE_REASON_CODE);
    if (unreachable && !unreachableRejectionAllowed(db.calls.forOrder(order.id), order.revision)) {
      throw new ApiError(
        422,
        PRECONDITION,
        'Applicant unreachable needs two unanswered calls at least 60 minutes apart',
        { unmet: [{ code: 'UNREACHABLE_NOT_ESTABLISHED', message: 'Not enough call attempts' }] },
      );
    }
    return {
      order: {
        ...order,
        status: 'rejected',
        rejections: [
          ...order.rejections,
          { revision: order.revision, at: context.nowIso, by: context.user.id, reasons },
        ],
      },
      details: { reasons, notice: rejectionNotice(order, reasons) },
    };
  },
});
