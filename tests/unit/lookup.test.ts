import { describe, expect, test } from 'vitest';
import {
  compareRanked,
  normalizeDomain,
  normalizeFilingNumber,
  parseLookupQuery,
} from '../../src/domain/lookup';
import { maskPersonalText, personalFieldValue } from '../../src/domain/personalFields';
import { supportOutlook } from '../../src/domain/supportOutlook';
import type { Order } from '../../src/domain/types';

describe('what a typed lookup is', () => {
  test.each([
    ['https://WWW.Example.com:8080/path?q=1', 'example.com'],
    ['www.xn--fiqs8s.cn', 'xn--fiqs8s.cn'],
    ['示例.中国', '示例.中国'],
    ['example', null],
    ['a b.com', null],
  ])('domain %s → %s', (input, output) => expect(normalizeDomain(input)).toBe(output));

  test.each([
    ['粤ICP备12345678号', '粤ICP备12345678号'],
    [' 蜀 icp备2024083430号-2 ', '蜀ICP备2024083430号-2'],
    ['ICP备12345678号', null],
    ['粤B2-20090059', null],
  ])('filing number %s → %s', (input, output) => expect(normalizeFilingNumber(input)).toBe(output));

  test.each([
    ['', false, []],
    ['张', false, []],
    ['BA2611270007', false, ['order_id', 'certificate']],
    ['+86 138 0013 8000', false, ['phone']],
    ['440306199001010014', false, ['certificate']],
    ['0014', false, ['certificate_suffix', 'phone_suffix']],
    ['010014', false, ['certificate_suffix', 'phone_suffix']],
    ['010014', true, []],
    ['002X', true, ['certificate_suffix']],
    ['123', false, []],
    ['xibiansheying', false, ['name', 'domain_partial', 'name_partial']],
    ['https://www.xibiansheying.com/', false, ['domain', 'name', 'domain_partial', 'name_partial']],
    ['深圳云帆', false, ['name', 'name_partial']],
    ['粤ICP备12345678号', false, ['filing_number']],
  ] as const)('%s (masked %s) → %j', (text, masked, kinds) => {
    expect(parseLookupQuery(text, masked).kinds).toEqual(kinds);
  });

  test('ranking: score, then the latest submission, then the number', () => {
    const rows = [
      { id: 'B', score: 60, submittedAt: '2026-11-02' },
      { id: 'A', score: 90, submittedAt: '2026-11-01' },
      { id: 'C', score: 60, submittedAt: '2026-11-03' },
      { id: 'D', score: 60, submittedAt: '2026-11-03' },
    ];
    expect([...rows].sort(compareRanked).map((r) => r.id)).toEqual(['A', 'C', 'D', 'B']);
  });
});

describe('personal fields', () => {
  test('free text keeps no full number, phone or e-mail', () => {
    expect(
      maskPersonalText(
        '回拨 13800138000 或 010-12345678，证件 440306199001010014，邮箱 zhang@x.com',
      ),
    ).toBe('回拨 138****8000 或 010-****5678，证件 4403**********0014，邮箱 z***@x.com');
    // Order numbers, filing numbers and times are not personal.
    const plain = 'BA2611270007 粤ICP备12345678号-1 2026-11-27T10:00:00.000+08:00';
    expect(maskPersonalText(plain)).toBe(plain);
  });

  test('only personal paths resolve', () => {
    const order = {
      subject: { name: '某公司', certificateNumber: '91440300MA5D1234XY' },
      subjectPrincipal: { mobile: '13800138000', landline: null },
      websites: [{ principal: { mobile: '13900139000' } }],
    } as unknown as Order;
    expect(personalFieldValue(order, 'subject.certificateNumber')).toBe('91440300MA5D1234XY');
    expect(personalFieldValue(order, 'websites[0].principal.mobile')).toBe('13900139000');
    expect(personalFieldValue(order, 'subject.name')).toBeNull();
    expect(personalFieldValue(order, 'subjectPrincipal.landline')).toBeNull();
    expect(personalFieldValue(order, 'websites[3].principal.mobile')).toBeNull();
    expect(personalFieldValue(order, '__proto__.toString')).toBeNull();
  });
});

describe('what support tells the applicant', () => {
  const now = new Date('2026-11-27T10:00:00+08:00');
  test('in the queue: the initial review deadline, in working days', () => {
    // Friday 10:00 → Monday 30 Nov is one working day later.
    const outlook = supportOutlook(
      {
        status: 'pending_review',
        slaDueAt: '2026-11-30T09:00:00.000+08:00',
        bureau: null,
        province: '44',
      },
      now,
    );
    expect(outlook).toMatchObject({
      next: 'initial_review',
      workingDaysLeft: 1,
      late: false,
      policyWorkingDays: 1,
    });
  });

  test('at the bureau: its due date; Zhejiang takes 30 working days', () => {
    const bureau = {
      provinceCode: '33',
      submittedAt: '2026-11-20T10:00:00.000+08:00',
      dueAt: '2027-01-05T10:00:00.000+08:00',
      result: null,
      filingNumbers: [],
      reason: null,
      decidedAt: null,
    };
    const outlook = supportOutlook(
      { status: 'bureau_pending', slaDueAt: null, bureau, province: '33' },
      now,
    );
    expect(outlook.next).toBe('bureau_review');
    expect(outlook.expectedAt).toBe(bureau.dueAt);
    expect(outlook.policyWorkingDays).toBe(30);
  });

  test('late, and the states without a date', () => {
    const late = supportOutlook(
      {
        status: 'in_review',
        slaDueAt: '2026-11-26T09:00:00.000+08:00',
        bureau: null,
        province: '11',
      },
      now,
    );
    expect(late).toMatchObject({ late: true, workingDaysLeft: -1 });
    for (const [status, next] of [
      ['rejected', 'applicant_fixes'],
      ['bureau_approved', 'done'],
      ['bureau_rejected', 'file_again'],
    ] as const) {
      expect(
        supportOutlook({ status, slaDueAt: null, bureau: null, province: '11' }, now),
      ).toMatchObject({
        next,
        expectedAt: null,
        workingDaysLeft: null,
      });
    }
  });
});
