import { validateFilingNumbers } from '../../src/domain/filingNumber';
import type { OrderStatus } from '../../src/domain/types';
import { arrayOf, integer, object, oneOf, optional, required, text } from '../http/validate';
import type { FieldErrors } from '../http/validate';
import { orderAction } from './pipeline';

/**
 * `POST /api/orders/:id/bureau-result {version, result, filingNumbers?, reason?}`: a supervisor
 * records the provincial bureau's answer (standing in for its callback). Approval carries the
 * subject's number and one per website, valid for the order's province.
 */

interface BureauBody {
  version: number;
  result: 'approved' | 'rejected';
  filingNumbers?: string[];
  reason?: string;
}

const bureauBody = object({
  version: required(integer({ min: 1 })),
  result: required(oneOf(['approved', 'rejected'] as const)),
  filingNumbers: optional(arrayOf(text({ max: 40 }), { max: 101 })),
  reason: optional(text({ max: 2000, multiline: true })),
});

function problems(body: BureauBody, province: string, websiteCount: number): FieldErrors {
  if (body.result === 'rejected') {
    const fields: FieldErrors = {};
    if (!body.reason || body.reason.trim() === '') fields.reason = 'the bureau gave a reason';
    if (body.filingNumbers) fields.filingNumbers = 'a rejection issues no filing numbers';
    return fields;
  }
  if (!body.filingNumbers) return { filingNumbers: 'an approval issues filing numbers' };
  const fields: FieldErrors = {};
  for (const problem of validateFilingNumbers(body.filingNumbers, province, websiteCount)) {
    if (problem.code === 'COUNT') {
      fields.filingNumbers = `expected ${problem.expected} numbers: the subject's, then one per website`;
    } else {
      fields[`filingNumbers[${problem.index}]`] =
        problem.code === 'PROVINCE'
          ? `must use the province character ${problem.expectedChar}`
          : problem.code === 'FORMAT'
            ? 'not a filing number such as 粤ICP备12345678号'
            : problem.code === 'SUBJECT_NUMBER'
              ? "the subject's number has no -N suffix"
              : "a website's number is the subject's number plus -N";
    }
  }
  return fields;
}

export const bureauResult = orderAction<BureauBody>({
  action: 'bureau_result',
  body: bureauBody,
  validate: (body, order) => problems(body, order.province, order.websites.length),
  perform: (order, body, context) => {
    const approved = body.result === 'approved';
    const status: OrderStatus = approved ? 'bureau_approved' : 'bureau_rejected';
    const filingNumbers = approved ? (body.filingNumbers ?? []).map((n) => n.trim()) : [];
    const reason = approved ? null : (body.reason ?? '').trim();
    return {
      order: {
        ...order,
        status,
        bureau: {
          provinceCode: order.province,
          submittedAt: order.bureau?.submittedAt ?? context.nowIso,
          dueAt: order.bureau?.dueAt ?? null,
          result: body.result,
          filingNumbers,
          reason,
          decidedAt: context.nowIso,
        },
      },
      details: approved ? { result: 'approved', filingNumbers } : { result: 'rejected', reason },
    };
  },
});
