import { reasonByCode } from '../../src/domain/reasons';
import { cstIso } from './compact';
import type {
  ActorRole,
  AuditEvent,
  CallAttempt,
  CallOutcome,
  Order,
  OrderStatus,
  Rejection,
  RejectionReason,
} from '../../src/domain/types';
import type { OrderPlan } from './plan';

/**
 * The audit trail and call log of a seeded order, consistent with its plan: the applicant submits
 * (and resubmits), reviewers claim, call, release and decide, the bureau answers.
 */

export type EventDraft = Omit<AuditEvent, 'id'> & { atMs: number };

export const CALL_NOTES: Readonly<Record<CallOutcome, string>> = {
  connected: '已与申请人核实身份、网站用途及联系方式',
  no_answer: '无人接听',
  busy: '占线',
  powered_off: '关机',
  invalid_number: '空号',
  declined: '对方挂断',
};

export const BUREAU_REJECTIONS = [
  '网站名称与主办单位性质不符，请修改后重新提交',
  '域名实名认证信息与备案主体不一致',
  '主体负责人电话核验未通过',
  '网站内容涉及前置审批事项，未提供相应审批文件',
  '备案主体证件信息与工商登记信息不一致',
];

// Shared by every claim event of the seed (events are never changed).
const NO_DETAILS: Record<string, unknown> = {};

export function roleOf(userId: string): ActorRole {
  return userId.startsWith('u-supervisor') ? 'supervisor' : 'reviewer';
}

export function reasonsFor(codes: readonly string[]): RejectionReason[] {
  return codes.map((code) => {
    const template = reasonByCode(code);
    const field =
      template?.target?.kind === 'field' ? template.target.ref.replace('[]', '[0]') : undefined;
    return { code, ...(field ? { field } : {}), message: template?.applicantMessage ?? code };
  });
}

export interface History {
  events: EventDraft[];
  calls: CallAttempt[];
  rejections: Rejection[];
}

/** The rejections of an order's revisions, oldest first (the current one included if rejected). */
export function rejectionsOf(plan: OrderPlan): Rejection[] {
  const rejections: Rejection[] = [];
  for (const revision of plan.revisions) {
    if (!revision.rejectReasons || revision.decidedAt === null || !revision.reviewerId) continue;
    rejections.push({
      revision: revision.revision,
      at: cstIso(revision.decidedAt),
      by: revision.reviewerId,
      reasons: reasonsFor(revision.rejectReasons),
    });
  }
  return rejections;
}

/** The call attempts of an order, from its plan. */
export function callsOf(plan: OrderPlan): CallAttempt[] {
  const calls: CallAttempt[] = [];
  for (const revision of plan.revisions) {
    if (revision.claimedAt === null || revision.reviewerId === null) continue;
    for (const call of revision.calls) {
      calls.push({
        id: `${plan.id}-C${calls.length + 1}`,
        orderId: plan.id,
        revision: revision.revision,
        at: cstIso(call.at),
        callerId: call.callerId,
        outcome: call.outcome,
        note: CALL_NOTES[call.outcome],
      });
    }
  }
  return calls;
}

export function buildHistory(
  plan: OrderPlan,
  order: Pick<Order, 'id' | 'accountId' | 'province'>,
  bureau: { filingNumbers: string[]; reason: string | null },
): History {
  const events: EventDraft[] = [];
  const calls: CallAttempt[] = [];
  const planned = callsOf(plan);
  const rejections = rejectionsOf(plan);
  const push = (
    atMs: number,
    actorId: string,
    actorRole: ActorRole,
    action: string,
    fromStatus: OrderStatus | null,
    toStatus: OrderStatus | null,
    details: Record<string, unknown>,
  ) => {
    events.push({
      atMs,
      at: cstIso(atMs),
      actorId,
      actorRole,
      action,
      orderId: order.id,
      fromStatus,
      toStatus,
      details,
    });
  };
  plan.revisions.forEach((revision, k) => {
    push(
      revision.submittedAt,
      order.accountId,
      'applicant',
      k === 0 ? 'submit' : 'resubmit',
      k === 0 ? null : 'rejected',
      'pending_review',
      { revision: revision.revision },
    );
    const reviewer = revision.reviewerId;
    if (revision.claimedAt === null || reviewer === null) return;
    const role = roleOf(reviewer);
    push(revision.claimedAt, reviewer, role, 'claim', 'pending_review', 'in_review', NO_DETAILS);
    for (const call of revision.calls) {
      const attempt = planned[calls.length];
      if (!attempt) continue;
      calls.push(attempt);
      push(call.at, call.callerId, roleOf(call.callerId), 'call', 'in_review', 'in_review', {
        callId: attempt.id,
        outcome: attempt.outcome,
        note: attempt.note,
      });
    }
    if (revision.releasedAt !== null) {
      push(revision.releasedAt, reviewer, role, 'release', 'in_review', 'pending_review', {
        previousAssigneeId: reviewer,
      });
    }
    if (revision.decidedAt === null) return;
    if (revision.rejectReasons) {
      const reasons = rejections.find((r) => r.revision === revision.revision)?.reasons ?? [];
      push(revision.decidedAt, reviewer, role, 'reject', 'in_review', 'rejected', { reasons });
    } else {
      push(revision.decidedAt, reviewer, role, 'approve', 'in_review', 'bureau_pending', {
        overrides: [],
      });
    }
  });
  if (plan.bureau?.decidedAt != null && plan.bureau.result) {
    const approved = plan.bureau.result === 'approved';
    push(
      plan.bureau.decidedAt,
      `bureau-${order.province}`,
      'bureau',
      'bureau_result',
      'bureau_pending',
      approved ? 'bureau_approved' : 'bureau_rejected',
      approved
        ? { result: 'approved', filingNumbers: bureau.filingNumbers }
        : { result: 'rejected', reason: bureau.reason },
    );
  }
  return { events, calls, rejections };
}
