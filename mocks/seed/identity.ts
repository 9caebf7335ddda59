import { residentIdCheckChar, USCC_ALPHABET, usccCheckChar } from '../../src/domain/identity';
import type { Rng } from './prng';

/**
 * Certificate numbers and phone numbers with valid check characters (domain.md §3), plus the
 * deliberate corruptions the seed plants for the automatic checks to find.
 */

/** A resident ID for a real region code and birth date; the sequence's parity encodes the sex. */
export function residentId(
  regionCode: string,
  birthDate: string,
  sex: 'male' | 'female',
  rng: Rng,
): string {
  const sequence = rng.int(0, 49) * 10 + rng.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** Replaces the check character with a different, wrong one. */
export function corruptResidentIdCheck(id: string, rng: Rng): string {
  const right = id[17] ?? '0';
  const wrong = rng.pick('0123456789X'.replace(right, '').split(''));
  return id.slice(0, 17) + wrong;
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCharValue(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
}

/** A 9-character organisation code (GB 11714) with its own check character. */
export function organizationCode(rng: Rng, modern: boolean): string {
  const body = modern
    ? `MA${rng.int(1, 9)}${Array.from({ length: 5 }, () => rng.pick(USCC_ALPHABET.split(''))).join('')}`
    : rng.digits(8);
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += orgCharValue(body[i] ?? '0') * (ORG_CODE_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * A unified social credit code. `registration` is the authority and entity type (GB 32100): 91
 * enterprise, 11 government body, 12 public institution, 31 law firm, 51 social group,
 * 52 private non-enterprise unit, 53 foundation.
 */
export function uscc(registration: string, regionCode: string, rng: Rng): string {
  const first17 = `${registration}${regionCode}${organizationCode(rng, registration === '91')}`;
  return first17 + usccCheckChar(first17);
}

export function corruptUsccCheck(code: string, rng: Rng): string {
  const right = code[17] ?? '0';
  const wrong = rng.pick(USCC_ALPHABET.replace(right, '').split(''));
  return code.slice(0, 17) + wrong;
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '175',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

/** A mobile number never handed out before in this data set (phones identify applicants). */
export function uniqueMobile(rng: Rng, used: Set<string>): string {
  for (;;) {
    const mobile = rng.pick(MOBILE_PREFIXES) + rng.digits(8);
    if (!used.has(mobile)) {
      used.add(mobile);
      return mobile;
    }
  }
}

export function landline(areaCode: string, rng: Rng): string {
  const length = areaCode.length === 3 ? 8 : rng.chance(0.7) ? 8 : 7;
  return `${areaCode}-${rng.int(2, 8)}${rng.digits(length - 1)}`;
}

export function hongKongMacaoPermit(rng: Rng): string {
  return `${rng.chance(0.8) ? 'H' : 'M'}${rng.digits(8)}`;
}

export function taiwanPermit(rng: Rng): string {
  return rng.digits(8);
}

export function passportNumber(rng: Rng): string {
  return `${rng.pick(['E', 'K', 'P', 'C'])}${rng.digits(8)}`;
}
