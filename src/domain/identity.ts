import { isValidIsoDate } from './time';

/** Resident identity card numbers (GB 11643-1999) and unified social credit codes (GB 32100-2015). */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('Expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? '';
}

export type ResidentIdProblem = 'format' | 'checksum' | 'birth_date';

export interface ResidentIdInfo {
  regionCode: string;
  provinceCode: string;
  birthDate: string;
  sex: 'male' | 'female';
}

/** Parses an 18-character resident ID; returns the first problem found, or its parts. */
export function parseResidentId(
  raw: string,
): { ok: true; info: ResidentIdInfo } | { ok: false; problem: ResidentIdProblem } {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checksum' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate)) return { ok: false, problem: 'birth_date' };
  return {
    ok: true,
    info: {
      regionCode: id.slice(0, 6),
      provinceCode: id.slice(0, 2),
      birthDate,
      sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a unified social credit code. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('Expected 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new RangeError(`Not a USCC character: ${first17[i]}`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

export function isValidUscc(raw: string): boolean {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return false;
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

/** Strips a +86/0086 prefix, spaces and dashes. */
export function normalizeMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+|00)86/, '');
}

export function isValidMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(raw));
}

export function isValidLandline(raw: string): boolean {
  return /^0\d{2,3}-?\d{7,8}$/.test(raw.trim());
}
