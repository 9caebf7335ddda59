import { approvalUnmet, type Unmet } from '../../src/domain/approval';
import { bureauDueAt } from '../../src/domain/sla';
import { toCstIso } from '../../src/domain/time';
import { db } from '../db';
import { ApiError } from '../http/errors';
import { arrayOf, integer, object, optional, required, text } from '../http/validate';
import { orderAction } from './pipeline';

/**
 * `POST /api/orders/:id/approve {version, overrides?}`: sends the order to its province's bureau
 * when every precondition of `approvalUnmet` holds; otherwise `422 PRECONDITION_FAILED` listing each
 * unmet one. The bureau's deadline is 20 working days (30 for Zhejiang) from now.
 */

interface ApproveBody {
  version: number;
  overrides?: { checkId: string; justification: string }[];
}

const approveBody = object({
  version: required(integer({ min: 1 })),
  overrides: optional(
    arrayOf(
      object({
        checkId: required(text({ min: 1, max: 100 })),
        justification: required(text({ max: 2000, multiline: true })),
      }),
      { max: 100 },
    ),
  ),
});

const MESSAGES: Record<Unmet['code'], string> = {
  NO_CONNECTED_CALL: 'No connected call with the applicant in this revision',
  MATERIAL_NOT_ACCEPTED: 'A material is not accepted',
  CHECK_FAILED: 'A blocking check failed and is not overridden with a justification',
};

export const approve = orderAction<ApproveBody>({
  action: 'approve',
  body: approveBody,
  validate: (body, order) => {
    const known = new Set(order.checks.map((c) => c.id));
    const fields: Record<string, string> = {};
    (body.overrides ?? []).forEach((o, i) => {
      if (!known.has(o.checkId)) fields[`overrides[${i}].checkId`] = 'not a check of this order';
    });
    return fields;
  },
  perform: (order, body, context) => {
    const overrides = (body.overrides ?? []).map((o) => ({
      checkId: o.checkId,
      justification: o.justification.trim(),
    }));
    const unmet = approvalUnmet({
      revision: order.revision,
      checks: order.checks,
      calls: db.calls.forOrder(order.id),
      materials: db.materialsOf(order.id) ?? [],
      overrides,
    });
    if (unmet.length > 0) {
      throw new ApiError(422, 'PRECONDITION_FAILED', 'The order cannot be approved yet', {
        unmet: unmet.map((u) => ({ ...u, message: MESSAGES[u.code] })),
      });
    }
    const due = bureauDueAt(context.now, order.province);
    // Only overrides of checks that actually failed are decisions worth recording.
    const failing = new Set(order.checks.filter((c) => c.status === 'fail').map((c) => c.id));
    const used = overrides.filter((o) => failing.has(o.checkId) && o.justification !== '');
    return {
      order: {
        ...order,
        status: 'bureau_pending',
        bureau: {
          provinceCode: order.province,
          submittedAt: context.nowIso,
          dueAt: due ? toCstIso(due) : null,
          result: null,
          filingNumbers: [],
          reason: null,
          decidedAt: null,
        },
      },
      details: { overrides: used, bureauDueAt: due ? toCstIso(due) : null },
    };
  },
});
