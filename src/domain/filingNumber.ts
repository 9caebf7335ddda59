import { provinceByCode, PROVINCES } from './provinces';

/**
 * ICP filing numbers (domain.md §4): subject `粤ICP备12345678号`, website `粤ICP备12345678号-1`.
 * Serials of 8 or 10 digits are the ones seen in practice; the province character must be the
 * order's (蜀 not 川, 黔 not 贵, 滇 not 云, 陇 not 甘).
 */
const CHARS = PROVINCES.map((p) => p.icpChar)
  .filter((c): c is string => c !== null)
  .join('');
const PATTERN = new RegExp(`^([${CHARS}])ICP备(\\d{8}|\\d{10})号(?:-([1-9]\\d*))?$`);

export interface ParsedFilingNumber {
  char: string;
  serial: string;
  siteIndex: number | null;
}

export function parseFilingNumber(raw: string): ParsedFilingNumber | null {
  const match = PATTERN.exec(raw.trim());
  if (!match) return null;
  return {
    char: match[1] ?? '',
    serial: match[2] ?? '',
    siteIndex: match[3] ? Number(match[3]) : null,
  };
}

export type FilingNumbersProblem =
  | { code: 'COUNT'; expected: number }
  | { code: 'FORMAT'; index: number }
  | { code: 'PROVINCE'; index: number; expectedChar: string }
  | { code: 'SUBJECT_NUMBER'; index: number }
  | { code: 'SITE_NUMBER'; index: number };

/**
 * Validates the numbers a bureau issued for an order: the subject's number first, then one website
 * number per website, all of the same serial and the order's province character.
 */
export function validateFilingNumbers(
  numbers: readonly string[],
  provinceCode: string,
  websiteCount: number,
): FilingNumbersProblem[] {
  const expectedChar = provinceByCode(provinceCode)?.icpChar ?? '';
  if (numbers.length !== websiteCount + 1) return [{ code: 'COUNT', expected: websiteCount + 1 }];
  const problems: FilingNumbersProblem[] = [];
  const subject = parseFilingNumber(numbers[0] ?? '');
  numbers.forEach((raw, index) => {
    const parsed = parseFilingNumber(raw);
    if (!parsed) return problems.push({ code: 'FORMAT', index });
    if (parsed.char !== expectedChar)
      return problems.push({ code: 'PROVINCE', index, expectedChar });
    if (index === 0 && parsed.siteIndex !== null)
      return problems.push({ code: 'SUBJECT_NUMBER', index });
    if (index > 0 && (parsed.siteIndex === null || parsed.serial !== subject?.serial)) {
      return problems.push({ code: 'SITE_NUMBER', index });
    }
    return undefined;
  });
  return problems;
}
