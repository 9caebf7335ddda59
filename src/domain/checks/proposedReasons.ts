import { reasonByCode } from '../reasons';
import type { CheckResult, RejectionReason } from '../types';

/**
 * The rejection reasons failing checks propose, so that rejecting for them takes one step: each
 * carries the catalog's applicant-facing message and points at the field or material that failed.
 * One reason per code (several failing checks of one kind make one reason, at the first field).
 */

const REASON_OF_RULE: Readonly<Record<string, string>> = {
  ID_CHECKSUM: 'INFO_MISMATCH_DOCUMENT',
  ID_BIRTH_DATE: 'INFO_MISMATCH_DOCUMENT',
  ID_REGION: 'INFO_MISMATCH_DOCUMENT',
  ID_PROVINCE: 'CROSS_PROVINCE_FILING',
  USCC_CHECKSUM: 'INFO_MISMATCH_DOCUMENT',
  USCC_PROVINCE: 'CROSS_PROVINCE_FILING',
  MOBILE_FORMAT: 'PHONE_SHARED_OR_INVALID',
  LANDLINE_FORMAT: 'PHONE_SHARED_OR_INVALID',
  PHONES_DISTINCT: 'PHONE_SHARED_OR_INVALID',
  TLD_APPROVED: 'DOMAIN_TLD_NOT_APPROVED',
  DOMAIN_REGISTRANT: 'DOMAIN_REGISTRANT_MISMATCH',
  DOMAIN_EXPIRY: 'DOMAIN_TLD_NOT_APPROVED',
  DOMAIN_REALNAME: 'DOMAIN_REALNAME_NOT_SYNCED',
  SITE_NAME: 'SITE_NAME_NOT_ALLOWED',
  PRE_APPROVAL: 'PRE_APPROVAL_MISSING',
  FILING_NUMBER: 'WRONG_ORDER_TYPE',
  RESOURCE_ELIGIBLE: 'RESOURCE_NOT_ELIGIBLE',
  LEGAL_REP: 'PRINCIPAL_NOT_LEGAL_REP',
  ORDER_LIMITS: 'WRONG_ORDER_TYPE',
  MATERIALS_REQUIRED: 'DOCUMENT_UNCLEAR',
};

/** The rule a check id belongs to: `TLD_APPROVED.2` → `TLD_APPROVED`. */
export function ruleOf(checkId: string): string {
  return checkId.replace(/\.\d+$/, '');
}

export function reasonCodeForCheck(checkId: string): string | undefined {
  return REASON_OF_RULE[ruleOf(checkId)];
}

export interface ProposedReason extends RejectionReason {
  /** The checks that propose it. */
  checkIds: string[];
}

export function proposedReasons(checks: readonly CheckResult[]): ProposedReason[] {
  const byCode = new Map<string, ProposedReason>();
  for (const check of checks) {
    if (check.status !== 'fail') continue;
    const code = reasonCodeForCheck(check.id);
    const template = code ? reasonByCode(code) : undefined;
    if (!code || !template) continue;
    const existing = byCode.get(code);
    if (existing) {
      existing.checkIds.push(check.id);
      continue;
    }
    byCode.set(code, {
      code,
      message: template.applicantMessage,
      ...(check.field ? { field: check.field } : {}),
      ...(check.materialId ? { materialId: check.materialId } : {}),
      checkIds: [check.id],
    });
  }
  return [...byCode.values()];
}
