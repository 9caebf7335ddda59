import { describe, expect, it } from 'vitest';
import { parseFilingNumber, validateFilingNumbers } from '../../src/domain/filingNumber';

describe('filing numbers (domain.md §4)', () => {
  it.each([
    '粤ICP备2024012345号-1',
    '蜀ICP备2024083430号',
    '京ICP备12345678号',
    '陇ICP备12345678号-12',
  ])('%s is well-formed', (n) => expect(parseFilingNumber(n)).not.toBeNull());

  it.each([
    '贵ICP备2024012345号',
    '川ICP备12345678号',
    '粤ICP备123号',
    '粤B2-20090059-1',
    '京ICP证030173号',
    '粤ICP备12345678号-0',
  ])('%s is not', (n) => expect(parseFilingNumber(n)).toBeNull());

  it('accepts the subject number and one number per website of the order province', () => {
    expect(
      validateFilingNumbers(
        ['粤ICP备2024012345号', '粤ICP备2024012345号-1', '粤ICP备2024012345号-2'],
        '44',
        2,
      ),
    ).toEqual([]);
  });

  it('names each problem', () => {
    expect(validateFilingNumbers(['粤ICP备2024012345号'], '44', 1)).toEqual([
      { code: 'COUNT', expected: 2 },
    ]);
    expect(
      validateFilingNumbers(['京ICP备2024012345号', '粤ICP备2024012345号-1'], '44', 1),
    ).toEqual([{ code: 'PROVINCE', index: 0, expectedChar: '粤' }]);
    expect(
      validateFilingNumbers(['粤ICP备2024012345号-1', '粤ICP备2024099999号-1'], '44', 1),
    ).toEqual([
      { code: 'SUBJECT_NUMBER', index: 0 },
      { code: 'SITE_NUMBER', index: 1 },
    ]);
    expect(validateFilingNumbers(['黔ICP备12345678号', 'nonsense'], '52', 1)).toEqual([
      { code: 'FORMAT', index: 1 },
    ]);
  });
});
