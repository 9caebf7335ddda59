import { describe, expect, it } from 'vitest';
import {
  isValidLandline,
  isValidMobile,
  isValidUscc,
  parseResidentId,
  residentIdCheckChar,
  usccCheckChar,
} from '../../src/domain/identity';

describe('resident ID (GB 11643-1999, domain.md §3)', () => {
  it.each(['11010519491231002X', '440306199001010014', '11010519491231002x'])('%s passes', (id) => {
    expect(parseResidentId(id).ok).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('rejects an impossible birth date even with a valid check character', () => {
    const first17 = '44030619900230001';
    expect(parseResidentId(first17 + residentIdCheckChar(first17))).toEqual({
      ok: false,
      problem: 'birth_date',
    });
  });

  it('reads region, birth date and sex', () => {
    const parsed = parseResidentId('440306199001010014');
    expect(parsed).toEqual({
      ok: true,
      info: { regionCode: '440306', provinceCode: '44', birthDate: '1990-01-01', sex: 'male' },
    });
  });

  it('rejects wrong lengths and letters', () => {
    expect(parseResidentId('44030619900101001').ok).toBe(false);
    expect(parseResidentId('44030619900101001A').ok).toBe(false);
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91110000600037341L', '91440300000000000E'])('%s passes', (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  it.each(['91110000600037341M', '91110000600037341', 'I1110000600037341L'])('%s fails', (code) => {
    expect(isValidUscc(code)).toBe(false);
  });

  it('computes the check character', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L');
  });
});

describe('phones', () => {
  it.each(['13800138000', '+8613800138000', '0086 138 0013 8000'])('mobile %s passes', (p) => {
    expect(isValidMobile(p)).toBe(true);
  });
  it.each(['12800138000', '1380013800', '23800138000'])('mobile %s fails', (p) => {
    expect(isValidMobile(p)).toBe(false);
  });
  it('checks landlines', () => {
    expect(isValidLandline('010-12345678')).toBe(true);
    expect(isValidLandline('0755-1234567')).toBe(true);
    expect(isValidLandline('10-1234567')).toBe(false);
  });
});
