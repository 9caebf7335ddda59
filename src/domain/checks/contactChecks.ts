import { normalizeMobile } from '../identity';
import { hasFullWidth } from './text';
import { fail, pass, type Verdict } from './verdict';

/** Checks 6–8 of domain.md §11: phone formats and phones shared between roles or filers. */

const MOBILE = /^1[3-9]\d{9}$/;
// 010 and 02x have three digits, other area codes four (domain.md §3).
const LANDLINE = /^(0(?:10|2\d)-?\d{8}|0[3-9]\d{2}-?\d{7,8})$/;

/** Check 6: a mainland mobile number, with or without +86/0086. */
export function checkMobile(raw: string): Verdict {
  if (hasFullWidth(raw)) {
    return fail('手机号码含全角字符', 'The mobile number contains full-width characters');
  }
  return MOBILE.test(normalizeMobile(raw))
    ? pass('手机号码格式正确', 'The mobile number is well-formed')
    : fail('手机号码格式错误', 'The mobile number is malformed');
}

/** Check 8: a landline with its area code. */
export function checkLandline(raw: string): Verdict {
  return LANDLINE.test(raw.trim())
    ? pass('座机号码格式正确', 'The landline is well-formed')
    : fail('座机号码格式错误（应为区号-号码）', 'The landline is malformed (area code-number)');
}

export interface RolePhone {
  role: 'principal' | 'emergency' | 'siteOwner';
  /** Which person, so that one person's own number repeated across roles is not a clash. */
  person: string;
  phone: string;
}

const ROLE_ZH = { principal: '负责人手机', emergency: '应急联系电话', siteOwner: '网站负责人手机' };

/**
 * Check 7: the principal's, each site owner's and the emergency phones are distinct (the same
 * person may be principal of the subject and of a site), and no other filer uses them.
 */
export function checkPhonesDistinct(
  phones: readonly RolePhone[],
  usedByOtherFiler: (phone: string) => boolean,
): Verdict {
  const seen = new Map<string, RolePhone>();
  for (const entry of phones) {
    const phone = normalizeMobile(entry.phone);
    const before = seen.get(phone);
    // One person's own mobile may stand for several roles; a mobile doubling as an emergency
    // number, or one number for two people, may not.
    const isEmergency = (r: RolePhone) => r.role === 'emergency';
    if (before && (before.person !== entry.person || isEmergency(before) !== isEmergency(entry))) {
      return fail(
        `${ROLE_ZH[before.role]}与${ROLE_ZH[entry.role]}相同`,
        'Two roles give the same phone',
      );
    }
    seen.set(phone, entry);
    if (usedByOtherFiler(phone)) {
      return fail(
        `${ROLE_ZH[entry.role]}已被其他备案主体使用`,
        'The phone is used by another filer',
      );
    }
  }
  return pass(
    '各角色联系电话互不相同，且未被其他主体使用',
    'Phones are distinct and not used elsewhere',
  );
}
