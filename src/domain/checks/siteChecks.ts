import { parseFilingNumber } from '../filingNumber';
import { PROVINCES, provinceByCode } from '../provinces';
import preApprovals from '../rules/preApprovals.json';
import siteNames from '../rules/siteNames.json';
import type { FilerKind, PreApproval } from '../types';
import { asciiDomain } from './domainChecks';
import { fail, pass, warn, type Verdict } from './verdict';

/** Checks 12–14 of domain.md §11: site names, pre-approval keywords, filing numbers. */

// Word lists become one alternation each, compiled once: a name is scanned once per list.
const wordsRegex = (words: readonly string[]) =>
  new RegExp(`(${[...words].sort((a, b) => b.length - a.length).join('|')})`);
const SENSITIVE = wordsRegex(siteNames.sensitiveWords);
const NATIONAL = wordsRegex(siteNames.nationalLevelWords);
const ORGANISATION = wordsRegex(siteNames.organisationWords);
const PERSONAL_BLACKLIST = wordsRegex(siteNames.personalBlacklist);
const INDUSTRY = wordsRegex(siteNames.industryWords);
const PLACES = wordsRegex(PROVINCES.map((p) => p.zh));
const ONLY_LATIN_OR_DIGITS = /^[\p{Script=Latin}\d]+$/u;
const SYMBOL = /[^\p{Script=Han}\p{Script=Latin}\d]/u;
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** Check 12: the site-name rules of TC-name, stricter for personal sites. */
export function checkSiteName(
  rawName: string,
  context: { filerKind: FilerKind; domains: readonly string[]; personName?: string },
): Verdict {
  // Control and format characters (a right-to-left override, zero-width joiners, a bell) are never
  // part of a name: they make what the bureau sees differ from what a reviewer sees.
  if (INVISIBLE.test(rawName)) {
    return fail(
      '网站名称含有控制字符或不可见字符（如从右到左覆盖、零宽字符）',
      'The name contains control or invisible characters (e.g. a right-to-left override, zero-width characters)',
    );
  }
  const name = rawName.normalize('NFKC').trim();
  const personal = context.filerKind === 'personal';
  if ([...name].length < siteNames.minLength) {
    return fail(
      `网站名称不少于 ${siteNames.minLength} 个字`,
      `At least ${siteNames.minLength} characters`,
    );
  }
  if (ONLY_LATIN_OR_DIGITS.test(name))
    return fail('网站名称不能为纯数字或字母', 'Not only digits or Latin letters');
  const asDomain = asciiDomain(name);
  if (asDomain && context.domains.some((d) => asciiDomain(d) === asDomain)) {
    return fail('网站名称不能为域名', 'The name may not be the domain');
  }
  if (SYMBOL.test(name)) return fail('网站名称不能含符号', 'No symbols in the name');
  const found = (re: RegExp) => re.exec(name)?.[1];
  const sensitive = found(SENSITIVE);
  if (sensitive)
    return fail(`网站名称含敏感词“${sensitive}”`, `Contains the sensitive word ${sensitive}`);
  const national = found(NATIONAL);
  if (national) {
    // Only national-level bodies may use these; a reviewer knows whether this unit is one.
    return personal
      ? fail(`个人网站名称不能含“${national}”`, `A personal site may not use ${national}`)
      : warn(
          `网站名称含“${national}”，仅国家级单位可用`,
          `${national} is reserved for national bodies`,
        );
  }
  if (!personal) return pass('网站名称符合命名规范', 'The name follows the rules');
  for (const [re, zh] of [
    [ORGANISATION, '企业或组织字样'],
    [PERSONAL_BLACKLIST, '个人网站禁用词'],
    [INDUSTRY, '行业或前置审批字样'],
    [PLACES, '地名'],
  ] as const) {
    const word = found(re);
    if (word)
      return fail(`个人网站名称含${zh}“${word}”`, `A personal site name may not contain ${word}`);
  }
  if (context.personName && name.includes(context.personName)) {
    return fail('个人网站名称不能为人名', 'A personal site may not be named after a person');
  }
  return pass('网站名称符合个人网站命名规范', 'The name follows the personal-site rules');
}

// `exclude` lists words that contain a keyword without meaning it (a 基金会 is no 基金 business).
const CATEGORIES = preApprovals.categories.map((c) => ({
  ...c,
  re: wordsRegex(c.keywords),
  exclude: c.exclude.length > 0 ? new RegExp(c.exclude.join('|'), 'g') : null,
}));

/** Check 13: a name or service content that touches a pre-approval category needs the approval. */
export function checkPreApproval(
  text: { name: string; serviceContent: string },
  approvals: readonly PreApproval[],
  filerKind: FilerKind,
  hasDocument: boolean,
): Verdict {
  const haystack = `${text.name} ${text.serviceContent}`;
  for (const category of CATEGORIES) {
    const text = category.exclude ? haystack.replace(category.exclude, ' ') : haystack;
    const word = category.re.exec(text)?.[1];
    if (!word) continue;
    if (filerKind === 'personal') {
      return fail(
        `涉及“${category.zh}”（${word}），个人不能办理前置审批`,
        `Touches ${category.en}; individuals cannot get the approval`,
      );
    }
    const approved = approvals.some(
      (a) => a.category === category.zh && a.documentNumber.trim() !== '',
    );
    if (!approved || !hasDocument) {
      return fail(
        `涉及“${category.zh}”（${word}），缺少${category.document}`,
        `Touches ${category.en}: the ${category.document} is missing`,
      );
    }
  }
  return pass('无需前置审批或已提供审批文件', 'No pre-approval needed, or it is attached');
}

// Look-alike characters applicants type for the filing character (domain.md §4).
const WRONG_CHARS: Record<string, string> = { 川: '蜀', 贵: '黔', 云: '滇', 甘: '陇' };
const LOOSE = /^(.)ICP备(\d+)号(?:-(\d+))?$/;

/** Check 14: a filing number's format, and its character is the order's province's. */
export function checkFilingNumber(raw: string, province: string): Verdict {
  const expected = provinceByCode(province)?.icpChar ?? '';
  const text = raw.normalize('NFKC').trim();
  const loose = LOOSE.exec(text);
  if (loose && WRONG_CHARS[loose[1] ?? '']) {
    return fail(
      `备案号 ${raw} 省份简称应为“${WRONG_CHARS[loose[1] ?? '']}”`,
      `The province character should be ${WRONG_CHARS[loose[1] ?? '']}`,
    );
  }
  const parsed = parseFilingNumber(text);
  if (!parsed) {
    // The serial length has no official rule: anything else goes to a human, not to a rejection.
    return loose
      ? warn(`备案号 ${raw} 格式少见，请人工核对`, `Unusual filing number ${raw}; check by hand`)
      : fail(`备案号 ${raw} 格式错误`, `The filing number ${raw} is malformed`);
  }
  if (parsed.char !== expected) {
    return fail(
      `备案号 ${raw} 的省份简称与备案省份（${expected}）不符`,
      `The number is not from this province (${expected})`,
    );
  }
  return pass('备案号格式正确', 'The filing number is well-formed');
}
