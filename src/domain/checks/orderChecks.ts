import type { WorkingCalendar } from '../calendar';
import { spacedUnansweredAttempts } from '../callPolicy';
import { REVIEW_POLICY } from '../policy';
import provinceRules from '../rules/provinceRules.json';
import { UNREACHABLE_REASON_CODE } from '../reasons';
import { cstDate } from '../time';
import type { CallAttempt, FilerKind, Rejection } from '../types';
import { fail, pass, warn, type Verdict } from './verdict';

/** Checks 16, 17, 19 and 20 of domain.md §11: the legal rep, limits, the calendar, unreachable. */

const MUST_BE_LEGAL_REP = new Set(provinceRules.unitPrincipalMustBeLegalRep);
const LETTER_PROVINCES = new Set(provinceRules.unitPrincipalAuthorizationLetter);
const DOMAIN_CAPS = provinceRules.maxDomainsPerOrder as Record<string, number>;

/** Check 16: where the province requires it, the unit principal is the legal representative. */
export function checkLegalRep(input: {
  province: string;
  isLegalRepresentative: boolean;
  hasAuthorizationLetter: boolean;
}): Verdict {
  if (input.isLegalRepresentative)
    return pass('主体负责人为法定代表人', 'The principal is the legal representative');
  if (MUST_BE_LEGAL_REP.has(input.province)) {
    return fail(
      '该省要求单位主体负责人为法定代表人',
      'This province requires the legal representative as principal',
    );
  }
  if (LETTER_PROVINCES.has(input.province) && !input.hasAuthorizationLetter) {
    return fail(
      '主体负责人非法定代表人，须上传授权书',
      'Not the legal representative: an authorisation letter is required',
    );
  }
  return pass('该省允许非法定代表人担任主体负责人', 'This province allows another principal');
}

/** Check 17: one order in progress per account; sites and domains within the configured limits. */
export function checkOrderLimits(input: {
  filerKind: FilerKind;
  province: string;
  domainsPerSite: readonly number[];
  otherOpenOrders: number;
}): Verdict {
  if (input.otherOpenOrders > 0) {
    return fail('该账号已有其他进行中的备案订单', 'The account has another order in progress');
  }
  const limits = provinceRules.orderLimits[input.filerKind];
  if (input.domainsPerSite.length > limits.sites) {
    return fail(
      `网站数超过每单 ${limits.sites} 个的上限`,
      `More than ${limits.sites} sites in one order`,
    );
  }
  if (input.domainsPerSite.some((n) => n > limits.domainsPerSite)) {
    return fail(
      `单个网站域名数超过 ${limits.domainsPerSite} 个`,
      `More than ${limits.domainsPerSite} domains on a site`,
    );
  }
  const total = input.domainsPerSite.reduce((a, b) => a + b, 0);
  const cap = DOMAIN_CAPS[input.province];
  if (cap !== undefined && total > cap) {
    // Province caps come from secondary sources (HW-KB): a human decides.
    return warn(
      `该省每单最多 ${cap} 个域名，本单 ${total} 个`,
      `The province allows ${cap} domains per order; this has ${total}`,
    );
  }
  return pass('订单数量与网站、域名数在限制内', 'Within the order, site and domain limits');
}

/** Check 19: the deadline comes from a calendar that covers the dates; otherwise fail closed. */
export function checkCalendar(
  submittedAt: string,
  slaDueAt: string | null,
  calendar: WorkingCalendar,
): Verdict {
  const year = Number(cstDate(new Date(submittedAt)).slice(0, 4));
  if (slaDueAt === null || !calendar.covers(year)) {
    return fail(
      '节假日日历未覆盖该日期，无法计算工作日时限',
      'The holiday calendar is missing for these dates',
    );
  }
  return pass(
    `工作日时限依据 ${year} 年节假日安排`,
    `Working days follow the ${year} holiday schedule`,
  );
}

/**
 * Check 20: "applicant unreachable" only after two unanswered calls an hour apart. It fails when an
 * earlier rejection of this order gave that reason without the calls, and tells how far this revision is.
 */
export function checkUnreachable(input: {
  revision: number;
  calls: readonly CallAttempt[];
  rejections: readonly Rejection[];
}): Verdict {
  for (const rejection of input.rejections) {
    const unreachable = rejection.reasons.some((r) => r.code === UNREACHABLE_REASON_CODE);
    if (
      unreachable &&
      spacedUnansweredAttempts(input.calls, rejection.revision) <
        REVIEW_POLICY.unreachableAfterAttempts
    ) {
      return fail(
        `第 ${rejection.revision} 版以“无法联系”驳回时呼叫次数不足`,
        `Revision ${rejection.revision} was rejected as unreachable without the calls`,
      );
    }
  }
  const attempts = spacedUnansweredAttempts(input.calls, input.revision);
  const needed = REVIEW_POLICY.unreachableAfterAttempts;
  return attempts >= needed
    ? pass(
        `已有 ${attempts} 次间隔足够的未接通呼叫，可以“无法联系”驳回`,
        `${attempts} spaced unanswered calls: may reject as unreachable`,
      )
    : pass(
        `未接通呼叫 ${attempts}/${needed} 次，尚不能以“无法联系”驳回`,
        `${attempts}/${needed} unanswered calls: not yet unreachable`,
      );
}
