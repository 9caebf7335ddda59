import { parseResidentId, isValidUscc, residentIdCheckChar } from '../identity';
import { isValidIsoDate, cstDate } from '../time';
import provinceRules from '../rules/provinceRules.json';
import ruleset from '../rules/ruleset.json';
import type { CheckResult, Order, Principal } from '../types';

/**
 * A first, deliberately small set of automatic pre-review checks (domain.md §11, rules 1, 2 and 4):
 * check characters of resident IDs and USCCs, and a real, adult birth date. Each distinct certificate
 * number is checked once, so one wrong number yields one failing check even where the same person is
 * both subject principal and website principal. The full engine extends this list.
 */

export const CHECKS_RULESET_VERSION: string = ruleset.version;

const MINIMUM_AGE: number = provinceRules.minimumAge.default;

type CheckTarget = { field: string; number: string };

function residentIdTargets(order: Order): CheckTarget[] {
  const targets: CheckTarget[] = [];
  const seen = new Set<string>();
  const add = (principal: Principal, field: string) => {
    if (principal.certificateType !== 'resident_id') return;
    const number = principal.certificateNumber.trim().toUpperCase();
    if (seen.has(number)) return;
    seen.add(number);
    targets.push({ field, number });
  };
  add(order.subjectPrincipal, 'subjectPrincipal.certificateNumber');
  order.websites.forEach((site, i) =>
    add(site.principal, `websites[${i}].principal.certificateNumber`),
  );
  return targets;
}

function result(
  id: string,
  ok: boolean,
  field: string,
  passMessage: string,
  failMessage: string,
): CheckResult {
  return {
    id,
    status: ok ? 'pass' : 'fail',
    blocking: true,
    message: ok ? passMessage : failMessage,
    field,
    ruleSetVersion: CHECKS_RULESET_VERSION,
  };
}

/** Age in whole years on `onDate` (both ISO dates). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function birthDateProblem(number: string, onDate: string): string | null {
  if (!/^\d{17}[\dX]$/.test(number)) return '身份证号码格式错误，无法读取出生日期';
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate)) return `身份证号码中的出生日期 ${birthDate} 不存在`;
  if (birthDate > onDate) return '身份证号码中的出生日期晚于提交日期';
  if (ageOn(birthDate, onDate) < MINIMUM_AGE) return `负责人提交时未满 ${MINIMUM_AGE} 周岁`;
  return null;
}

/** Runs the checks against the order as submitted (`submittedAt` dates the age rule). */
export function runChecks(order: Order): CheckResult[] {
  const results: CheckResult[] = [];
  const onDate = cstDate(new Date(order.submittedAt));
  for (const [i, target] of residentIdTargets(order).entries()) {
    const suffix = i === 0 ? '' : `.${i}`;
    const parsed = parseResidentId(target.number);
    const checksumOk =
      /^\d{17}[\dX]$/.test(target.number) &&
      residentIdCheckChar(target.number.slice(0, 17)) === target.number[17];
    results.push(
      result(
        `ID_CHECKSUM${suffix}`,
        checksumOk,
        target.field,
        '身份证号码校验位正确',
        parsed.ok || parsed.problem !== 'format'
          ? '身份证号码校验位错误'
          : '身份证号码应为 17 位数字加 1 位校验码',
      ),
    );
    const problem = birthDateProblem(target.number, onDate);
    results.push(
      result(
        `ID_BIRTH_DATE${suffix}`,
        problem === null,
        target.field,
        '出生日期有效且已成年',
        problem ?? '',
      ),
    );
  }
  if (order.filerKind === 'organization') {
    results.push(
      result(
        'USCC_CHECKSUM',
        isValidUscc(order.subject.certificateNumber),
        'subject.certificateNumber',
        '统一社会信用代码校验位正确',
        '统一社会信用代码格式或校验位错误',
      ),
    );
  }
  return results;
}
