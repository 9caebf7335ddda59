import type { WorkingCalendar } from '../calendar';
import provinceRules from '../rules/provinceRules.json';
import tlds from '../rules/tlds.json';
import { addDays, cstDate } from '../time';
import type { CertificateType, DomainRecord } from '../types';
import { foldWidth } from './text';
import { fail, pass, warn, type Verdict } from './verdict';

/** Checks 9–11 of domain.md §11: the TLD, the registrant, expiry and real-name age. */

/** A domain in its ASCII (punycode) form, lower-case: 例子.中国, EXAMPLE.CN and xn--… compare equal. */
export function asciiDomain(raw: string): string | null {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[。．｡]/g, '.')
    .replace(/\.$/, '');
  if (text === '' || /[/:@\s]/.test(text)) return null;
  try {
    return new URL(`http://${text}`).hostname;
  } catch {
    return null;
  }
}

const toAscii = (suffix: string) => asciiDomain(`x.${suffix}`)?.slice(2) ?? suffix;
// Precompiled once: the approved suffixes (multi-label ones such as gov.cn too) in ASCII form.
const APPROVED = new Set(tlds.approved.map(toAscii));
const NOT_FILABLE = new Set(tlds.notFilable.map(toAscii));
const OVERRIDES = tlds.provinceOverrides as Record<string, { add?: string[]; remove?: string[] }>;

/** The filable suffix of a domain: the longest approved one (com.cn before cn), else the last label. */
export function domainSuffix(ascii: string): string {
  const labels = ascii.split('.');
  const two = labels.slice(-2).join('.');
  return labels.length > 2 && APPROVED.has(two) ? two : (labels.at(-1) ?? '');
}

/** Check 9: the TLD is on the MIIT-approved list (with the province's overrides). */
export function checkTld(raw: string, province: string): Verdict {
  const ascii = asciiDomain(raw);
  if (!ascii || !ascii.includes('.')) {
    return fail(`域名 ${raw} 格式错误`, `The domain ${raw} is malformed`);
  }
  const suffix = domainSuffix(ascii);
  const override = OVERRIDES[province];
  const approved =
    (APPROVED.has(suffix) || (override?.add ?? []).map(toAscii).includes(suffix)) &&
    !(override?.remove ?? []).map(toAscii).includes(suffix);
  if (approved) return pass(`域名后缀可备案`, 'The TLD is approved for filing');
  return fail(
    NOT_FILABLE.has(suffix)
      ? `域名 ${raw} 的后缀不可备案`
      : `域名 ${raw} 的后缀不在工信部批准列表中`,
    `The TLD of ${raw} is not approved for filing`,
  );
}

export interface Registrant {
  names: readonly string[];
  certificateType: CertificateType;
  certificateNumber: string;
}

/**
 * Check 10: the registrant is the filer: the person, or for a unit the unit, its principal or its
 * legal representative, by name, certificate type and number.
 */
export function checkRegistrant(
  record: DomainRecord | undefined,
  filers: readonly Registrant[],
): Verdict {
  if (!record)
    return warn(
      '无域名实名信息，请人工核对持有者',
      'No real-name record: check the registrant by hand',
    );
  const number = foldWidth(record.certificateNumber);
  const match = filers.some(
    (f) =>
      f.names.includes(record.registrant.trim()) &&
      f.certificateType === record.certificateType &&
      foldWidth(f.certificateNumber) === number,
  );
  return match
    ? pass('域名持有者与备案主体一致', 'The registrant matches the filer')
    : fail(
        `域名持有者（${record.registrant}）与备案主体不一致`,
        `The registrant (${record.registrant}) is not the filer`,
      );
}

const MONTHS = provinceRules.minimumMonthsBeforeDomainExpiry;

function addMonths(iso: string, months: number): number {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/** Check 11a: the registration is not expired and has more than the required months left. */
export function checkDomainExpiry(record: DomainRecord | undefined, submittedAt: string): Verdict {
  if (!record) return warn('无域名注册期限信息', 'No registration period on record');
  const expires = Date.parse(record.expiresAt);
  if (expires <= Date.parse(submittedAt)) {
    return fail(
      `域名已于 ${cstDate(new Date(expires))} 过期`,
      `The domain expired on ${cstDate(new Date(expires))}`,
    );
  }
  if (expires < addMonths(submittedAt, MONTHS)) {
    return fail(
      `域名将于 ${cstDate(new Date(expires))} 到期，剩余不足 ${MONTHS} 个月`,
      `The domain expires on ${cstDate(new Date(expires))}, less than ${MONTHS} months away`,
    );
  }
  return pass(
    `域名有效期至 ${cstDate(new Date(expires))}`,
    `Registered until ${cstDate(new Date(expires))}`,
  );
}

/**
 * Whether `days` working days lie strictly after `from` and up to `to`. Walks at most a month: any
 * 30 days hold more than a few working days even around Spring Festival, and a record verified long
 * ago should not cost a walk through years of calendar.
 */
function enoughWorkingDays(from: string, to: string, days: number, calendar: WorkingCalendar) {
  if (from >= to) return false;
  if (days <= 10 && addDays(from, 30) <= to) return true;
  let count = 0;
  for (let day = addDays(from, 1); day <= to && count < days; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count >= days;
}

/** Check 11b: real-name verification done at least N working days before submission (MIIT sync). */
export function checkRealName(
  record: DomainRecord | undefined,
  submittedAt: string,
  calendar: WorkingCalendar,
): Verdict {
  const days = provinceRules.realNameSyncWorkingDays;
  if (!record?.realNameVerifiedAt)
    return fail('域名未完成实名认证', 'The domain has no real-name verification');
  const from = cstDate(new Date(record.realNameVerifiedAt));
  const to = cstDate(new Date(submittedAt));
  try {
    if (enoughWorkingDays(from, to, days, calendar)) {
      return pass('域名实名认证已满同步期', 'The real-name record has had time to sync');
    }
  } catch {
    return warn(
      '日历未覆盖实名认证日期，请人工核对同步期',
      'The calendar does not cover the dates; check by hand',
    );
  }
  return fail(
    `域名实名认证（${from}）距提交不足 ${days} 个工作日，信息可能尚未同步`,
    `Real-name verification (${from}) less than ${days} working days before submission`,
  );
}
