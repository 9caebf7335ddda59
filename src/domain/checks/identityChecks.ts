import { isValidUscc, residentIdCheckChar } from '../identity';
import { provinceByCode } from '../provinces';
import provinceRules from '../rules/provinceRules.json';
import { isValidIsoDate } from '../time';
import { provinceName, regionStatus } from './regions';
import { hasFullWidth, foldWidth } from './text';
import { fail, pass, warn, type Verdict } from './verdict';

/** Checks 1–5 of domain.md §11: resident IDs and unified social credit codes. */

const ID_SHAPE = /^\d{17}[\dX]$/;
const PERMIT_PROVINCES = new Set(provinceRules.nonLocalIdNeedsResidencePermit);

function fullWidthVerdict(): Verdict {
  return fail(
    '证件号码含全角字符，请改为半角数字和字母',
    'The number contains full-width characters; it must be typed in half-width',
  );
}

/** Check 1: 17 digits and the GB 11643 check character (X allowed, lower-case x too). */
export function checkIdChecksum(raw: string): Verdict {
  if (hasFullWidth(raw)) return fullWidthVerdict();
  const id = foldWidth(raw);
  if (!ID_SHAPE.test(id)) {
    return fail(
      '身份证号码应为 17 位数字加 1 位校验码',
      'A resident ID is 17 digits and a check character',
    );
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) {
    return fail('身份证号码校验位错误', 'The resident ID check character is wrong');
  }
  return pass('身份证号码校验位正确', 'The resident ID check character is right');
}

/** Age in whole years on `onDate` (both ISO dates); a 29 February birthday counts on 1 March. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Check 2: the birth date is real, not after `onDate`, and the holder is old enough. */
export function checkIdBirthDate(raw: string, onDate: string, minimumAge: number): Verdict {
  const id = foldWidth(raw);
  if (!ID_SHAPE.test(id)) {
    return fail(
      '身份证号码格式错误，无法读取出生日期',
      'The ID is malformed; no birth date to read',
    );
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate)) {
    return fail(
      `身份证号码中的出生日期 ${birthDate} 不存在`,
      `The birth date ${birthDate} does not exist`,
    );
  }
  if (birthDate > onDate) {
    return fail('身份证号码中的出生日期晚于提交日期', 'The birth date is after the submission');
  }
  if (ageOn(birthDate, onDate) < minimumAge) {
    return fail(
      `负责人提交时未满 ${minimumAge} 周岁`,
      `The principal was under ${minimumAge} when the order was submitted`,
    );
  }
  return pass('出生日期有效且已成年', 'The birth date is real and the holder is of age');
}

/** Check 3a: the region code exists (retired codes too: IDs keep the code they were issued with). */
export function checkIdRegion(raw: string): Verdict {
  const code = foldWidth(raw).slice(0, 6);
  switch (regionStatus(code)) {
    case 'no_province':
      return fail(
        `身份证地区码 ${code} 的省级代码不存在`,
        `No province has the code ${code.slice(0, 2)}`,
      );
    case 'unknown_prefecture':
      return warn(
        `身份证地区码 ${code} 不在内置区划表中，请人工核对`,
        `Region code ${code} is not in the built-in table; check it by hand`,
      );
    case 'retired':
      return pass(
        `身份证地区码 ${code} 为已撤销的旧代码，仍有效`,
        `Region code ${code} is retired but still valid`,
      );
    default:
      return pass(`身份证地区码 ${code} 有效`, `Region code ${code} exists`);
  }
}

/** Check 3b: a personal filing is made in the ID's province, unless a residence permit is allowed and attached. */
export function checkIdProvince(
  raw: string,
  orderProvince: string,
  hasResidencePermit: boolean,
): Verdict {
  const idProvince = foldWidth(raw).slice(0, 2);
  if (idProvince === orderProvince)
    return pass('身份证所在省份与备案省份一致', 'The ID is from the filing province');
  const from = provinceName(idProvince) ?? idProvince;
  const to = provinceByCode(orderProvince)?.zh ?? orderProvince;
  if (PERMIT_PROVINCES.has(orderProvince) && hasResidencePermit) {
    return pass(
      `外省（${from}）身份证，已提供${to}居住证`,
      `Non-local ID with a local residence permit`,
    );
  }
  return fail(
    PERMIT_PROVINCES.has(orderProvince)
      ? `身份证属${from}，在${to}备案须提供当地居住证`
      : `身份证属${from}，${to}不接受外省身份证备案`,
    PERMIT_PROVINCES.has(orderProvince)
      ? 'Non-local ID: a local residence permit is required'
      : 'This province accepts only local IDs for personal filings',
  );
}

/** Check 4: USCC alphabet and the mod-31 check character. */
export function checkUscc(raw: string): Verdict {
  if (hasFullWidth(raw)) return fullWidthVerdict();
  return isValidUscc(foldWidth(raw))
    ? pass('统一社会信用代码校验位正确', 'The USCC check character is right')
    : fail(
        '统一社会信用代码格式或校验位错误',
        'The USCC is malformed or its check character is wrong',
      );
}

/** Check 5: a unit files where it is registered (warn only: national registrations are ambiguous). */
export function checkUsccProvince(raw: string, orderProvince: string): Verdict {
  const prefix = foldWidth(raw).slice(2, 4);
  if (prefix === orderProvince)
    return pass('统一社会信用代码登记地与备案省份一致', 'Registered in the filing province');
  if (prefix === '10') {
    return warn(
      '统一社会信用代码为全国性登记，请人工确认备案省份',
      'A national registration: confirm the province by hand',
    );
  }
  return warn(
    `统一社会信用代码登记地（${provinceName(prefix) ?? prefix}）与备案省份不一致`,
    'The unit is registered in another province than it files in',
  );
}
