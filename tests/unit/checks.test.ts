import { describe, expect, it } from 'vitest';
import {
  checkLandline,
  checkMobile,
  checkPhonesDistinct,
  type RolePhone,
} from '../../src/domain/checks/contactChecks';
import {
  checkDomainExpiry,
  checkRealName,
  checkRegistrant,
  checkTld,
} from '../../src/domain/checks/domainChecks';
import {
  checkIdBirthDate,
  checkIdChecksum,
  checkIdProvince,
  checkIdRegion,
  checkUscc,
  checkUsccProvince,
} from '../../src/domain/checks/identityChecks';
import { calendar } from '../../src/domain/calendar';
import type { DomainRecord } from '../../src/domain/types';
import { withIdCheck } from './checksFixture';

/** Each rule of domain.md §11 with its pass and fail vectors, and the edges around them. */

describe('1 resident ID check character', () => {
  it.each([
    ['11010519491231002X', 'pass'],
    ['11010519491231002x', 'pass'],
    ['440306199001010014', 'pass'],
    ['110105194912310021', 'fail'],
    ['11010519491231002', 'fail'],
    ['１１０１０５１９４９１２３１００２Ｘ', 'fail'],
  ])('%s → %s', (id, status) => {
    expect(checkIdChecksum(id).status).toBe(status);
  });

  it('names full-width characters as the problem', () => {
    expect(checkIdChecksum('４４０３０６１９９００１０１００１４').zh).toMatch(/全角/);
  });
});

describe('2 birth date real, not in the future, of age', () => {
  it.each([
    ['440306199001010014', '2026-11-02', 'pass'],
    ['440306199002300013', '2026-11-02', 'fail'],
    ['440306201001010014', '2026-11-02', 'fail'],
    [withIdCheck('44030620000229001'), '2026-11-02', 'pass'],
    [withIdCheck('44030620010229001'), '2026-11-02', 'fail'],
    [withIdCheck('44030620081129001'), '2026-11-29', 'pass'],
    [withIdCheck('44030620081129001'), '2026-11-28', 'fail'],
    [withIdCheck('44030620080229001'), '2026-02-28', 'fail'],
    [withIdCheck('44030620080229001'), '2026-03-01', 'pass'],
    [withIdCheck('44030620300101001'), '2026-11-02', 'fail'],
  ])('%s on %s → %s', (id, onDate, status) => {
    expect(checkIdBirthDate(id, onDate, 18).status).toBe(status);
  });
});

describe('3 region code exists; personal filing province = ID province', () => {
  it.each([
    ['440306199001010014', 'pass'],
    [withIdCheck('11022819800101001'), 'pass'],
    [withIdCheck('11010419800101001'), 'pass'],
    [withIdCheck('99010119800101001'), 'fail'],
    [withIdCheck('11990119800101001'), 'warn'],
  ])('%s → %s', (id, status) => {
    expect(checkIdRegion(id).status).toBe(status);
  });

  it('says a retired code is retired but valid', () => {
    expect(checkIdRegion(withIdCheck('11022819800101001')).zh).toMatch(/已撤销/);
  });

  it.each([
    ['4403 in 粤', '440306199001010014', '44', false, 'pass'],
    ['1101 in 晋', '11010519491231002X', '14', true, 'fail'],
    ['1101 in 沪 without a residence permit', '11010519491231002X', '31', false, 'fail'],
    ['1101 in 沪 with a residence permit', '11010519491231002X', '31', true, 'pass'],
  ])('%s', (_, id, province, permit, status) => {
    expect(checkIdProvince(id, province, permit).status).toBe(status);
  });
});

describe('4 USCC charset and mod 31', () => {
  it.each([
    ['91110000600037341L', 'pass'],
    ['91440300000000000E', 'pass'],
    ['91110000600037341l', 'pass'],
    ['91110000600037341M', 'fail'],
    ['9111000060003734IL', 'fail'],
    ['９１１１００００６０００３７３４１Ｌ', 'fail'],
  ])('%s → %s', (code, status) => {
    expect(checkUscc(code).status).toBe(status);
  });
});

describe('5 unit filing province = USCC characters 3–4 (warn only)', () => {
  it.each([
    ['91440300000000000E', '44', 'pass'],
    ['91440300000000000E', '11', 'warn'],
    ['11100000000013127A', '11', 'warn'],
  ])('%s in %s → %s', (code, province, status) => {
    expect(checkUsccProvince(code, province).status).toBe(status);
  });
});

describe('6 mobile format', () => {
  it.each([
    ['13800138000', 'pass'],
    ['+8613800138000', 'pass'],
    ['0086 138 0013 8000', 'pass'],
    ['12800138000', 'fail'],
    ['1380013800', 'fail'],
    ['１３８００１３８０００', 'fail'],
  ])('%s → %s', (phone, status) => {
    expect(checkMobile(phone).status).toBe(status);
  });
});

describe('7 phones distinct across roles and filers', () => {
  const roles = (principal: string, emergency: string, siteOwner: string): RolePhone[] => [
    { role: 'principal', person: 'A', phone: principal },
    { role: 'emergency', person: 'A', phone: emergency },
    { role: 'siteOwner', person: 'B', phone: siteOwner },
  ];
  const nobodyElse = () => false;

  it('passes three distinct numbers', () => {
    expect(
      checkPhonesDistinct(roles('13800138000', '13900139000', '13700137000'), nobodyElse).status,
    ).toBe('pass');
  });

  it('fails the principal = emergency', () => {
    expect(
      checkPhonesDistinct(roles('13800138000', '13800138000', '13700137000'), nobodyElse).status,
    ).toBe('fail');
  });

  it('fails two people with one number, even typed with +86', () => {
    expect(
      checkPhonesDistinct(roles('13800138000', '13900139000', '+8613800138000'), nobodyElse).status,
    ).toBe('fail');
  });

  it('passes one person who is principal of the subject and of the site', () => {
    const phones: RolePhone[] = [
      { role: 'principal', person: 'A', phone: '13800138000' },
      { role: 'emergency', person: 'A', phone: '13900139000' },
      { role: 'siteOwner', person: 'A', phone: '13800138000' },
    ];
    expect(checkPhonesDistinct(phones, nobodyElse).status).toBe('pass');
  });

  it('fails a number another filer gives', () => {
    const taken = (phone: string) => phone === '13700137000';
    expect(
      checkPhonesDistinct(roles('13800138000', '13900139000', '13700137000'), taken).status,
    ).toBe('fail');
  });
});

describe('8 landline format', () => {
  it.each([
    ['010-12345678', 'pass'],
    ['0755-1234567', 'pass'],
    ['02112345678', 'pass'],
    ['10-1234567', 'fail'],
    ['010-1234567', 'fail'],
    ['', 'fail'],
  ])('%s → %s', (phone, status) => {
    expect(checkLandline(phone).status).toBe(status);
  });
});

describe('9 TLD approved', () => {
  it.each([
    ['example.cn', 'pass'],
    ['EXAMPLE.COM', 'pass'],
    ['example.com.cn', 'pass'],
    ['例子.中国', 'pass'],
    ['example.xn--fiqs8s', 'pass'],
    ['ｅｘａｍｐｌｅ。ｃｎ', 'pass'],
    ['example.io', 'fail'],
    ['example.hk', 'fail'],
    ['example.unknown', 'fail'],
    ['localhost', 'fail'],
  ])('%s → %s', (domain, status) => {
    expect(checkTld(domain, '44').status).toBe(status);
  });
});

describe('10 registrant = subject', () => {
  const record = (registrant: string, number: string): DomainRecord => ({
    registrant,
    certificateType: 'resident_id',
    certificateNumber: number,
    registrar: '阿里云计算有限公司',
    expiresAt: '2027-06-30T00:00:00+08:00',
    realNameVerifiedAt: '2026-09-01T00:00:00+08:00',
  });
  const filer = [
    {
      names: ['李明'],
      certificateType: 'resident_id' as const,
      certificateNumber: '440306199001010014',
    },
  ];

  it.each([
    ['same person', record('李明', '440306199001010014'), 'pass'],
    ['different person', record('王芳', '11010519491231002X'), 'fail'],
    ['same name, other number', record('李明', '11010519491231002X'), 'fail'],
    ['no record', undefined, 'warn'],
  ])('%s', (_, value, status) => {
    expect(checkRegistrant(value, filer).status).toBe(status);
  });
});

describe('11 domain expiry and real-name age', () => {
  const submitted = '2026-11-02T10:00:00.000+08:00';
  const record = (expiresAt: string, realNameVerifiedAt: string | null): DomainRecord => ({
    registrant: '李明',
    certificateType: 'resident_id',
    certificateNumber: '440306199001010014',
    registrar: '阿里云计算有限公司',
    expiresAt,
    realNameVerifiedAt,
  });

  it.each([
    ['2027-06-30T00:00:00+08:00', 'pass'],
    ['2026-11-22T00:00:00+08:00', 'fail'],
    ['2026-10-01T00:00:00+08:00', 'fail'],
  ])('expires %s → %s', (expiresAt, status) => {
    expect(checkDomainExpiry(record(expiresAt, null), submitted).status).toBe(status);
  });

  it.each([
    ['2026-10-01T10:00:00+08:00', 'pass'],
    ['2026-10-28T10:00:00+08:00', 'pass'],
    ['2026-10-30T10:00:00+08:00', 'fail'],
    [null, 'fail'],
  ])('real-name verified %s → %s', (at, status) => {
    expect(checkRealName(record('2027-06-30T00:00:00+08:00', at), submitted, calendar).status).toBe(
      status,
    );
  });
});
