import { describe, expect, it } from 'vitest';
import { calendar } from '../../src/domain/calendar';
import {
  checkCalendar,
  checkLegalRep,
  checkOrderLimits,
  checkUnreachable,
} from '../../src/domain/checks/orderChecks';
import { proposedReasons } from '../../src/domain/checks/proposedReasons';
import { checkResource } from '../../src/domain/checks/resourceChecks';
import { runChecks } from '../../src/domain/checks/runChecks';
import {
  checkFilingNumber,
  checkPreApproval,
  checkSiteName,
} from '../../src/domain/checks/siteChecks';
import ruleset from '../../src/domain/rules/ruleset.json';
import type { CallAttempt, CloudResource } from '../../src/domain/types';
import { material, order, personalMaterials } from './checksFixture';

describe('12 site names (stricter for personal sites)', () => {
  const personal = { filerKind: 'personal' as const, domains: ['example.com'] };
  it.each([
    ['山间读书笔记', 'pass'],
    ['中国美食论坛', 'fail'],
    ['山间美食论坛', 'fail'],
    ['abc123', 'fail'],
    ['example.com', 'fail'],
    ['读书', 'fail'],
    ['山间读书！笔记', 'fail'],
    ['小城工作室', 'fail'],
    ['广东美食笔记', 'fail'],
  ])('personal %s → %s', (name, status) => {
    expect(checkSiteName(name, personal).status).toBe(status);
  });

  it.each([
    ['right-to-left override', '山间\u202e读书笔记'],
    ['zero-width space', '山间\u200b读书笔记'],
    ['bell', '山间读书\u0007笔记'],
    ['NUL', '\u0000山间读书笔记'],
  ])('fails a name with a %s, saying why', (_what, name) => {
    for (const filerKind of ['personal', 'organization'] as const) {
      const verdict = checkSiteName(name, { filerKind, domains: ['example.com'] });
      expect(verdict.status).toBe('fail');
      expect(verdict.zh).toContain('控制字符');
    }
  });

  it('fails a personal site named after its owner', () => {
    expect(checkSiteName('张三摄影札记', { ...personal, personName: '张三' }).status).toBe('fail');
  });

  it.each([
    ['星河科技官网', 'pass'],
    ['中国星河科技', 'warn'],
    ['星河赌博', 'fail'],
  ])('unit %s → %s', (name, status) => {
    expect(checkSiteName(name, { filerKind: 'organization', domains: ['xinghe.com'] }).status).toBe(
      status,
    );
  });
});

describe('13 pre-approval keywords need the approval', () => {
  const news = { name: 'XX新闻网', serviceContent: '综合门户' };
  it.each([
    ['张三摄影札记', 'personal', [], false, 'pass'],
    ['XX新闻网', 'organization', [], false, 'fail'],
    [
      'XX新闻网',
      'organization',
      [{ category: '新闻', documentNumber: '粤新闻〔2024〕1号' }],
      true,
      'pass',
    ],
    [
      'XX新闻网',
      'organization',
      [{ category: '新闻', documentNumber: '粤新闻〔2024〕1号' }],
      false,
      'fail',
    ],
    ['XX新闻网', 'personal', [{ category: '新闻', documentNumber: 'x' }], true, 'fail'],
    ['星河公益基金会官网', 'organization', [], false, 'pass'],
  ] as const)('%s (%s) → %s', (name, kind, approvals, document, status) => {
    expect(checkPreApproval({ ...news, name }, approvals, kind, document).status).toBe(status);
  });
});

describe('14 filing numbers and their province character', () => {
  it.each([
    ['粤ICP备2024012345号-1', '44', 'pass'],
    ['粤ICP备24012345号', '44', 'pass'],
    ['蜀ICP备2024083430号', '51', 'pass'],
    ['贵ICP备2024012345号', '52', 'fail'],
    ['川ICP备12345678号', '51', 'fail'],
    ['京ICP备2024012345号', '44', 'fail'],
    ['粤B2-20090059-1', '44', 'fail'],
    ['粤ICP备123号', '44', 'warn'],
  ])('%s in %s → %s', (number, province, status) => {
    expect(checkFilingNumber(number, province).status).toBe(status);
  });

  it('names the right character for a look-alike', () => {
    expect(checkFilingNumber('云ICP备2024012345号', '53').zh).toMatch(/滇/);
  });
});

describe('15 cloud resource and authorization codes', () => {
  const submitted = '2026-11-02T10:00:00+08:00';
  const server: CloudResource = order().cloudResource;
  it.each([
    ['ap-guangzhou, 12 months prepaid', {}, 1, 'pass'],
    ['ap-hongkong', { region: 'ap-hongkong' }, 1, 'fail'],
    ['pay-as-you-go', { billing: 'postpaid' as const, purchasedMonths: 0 }, 1, 'fail'],
    ['expired', { expiresAt: '2026-10-01T00:00:00+08:00' }, 1, 'fail'],
    ['two months bought', { purchasedMonths: 2 }, 1, 'fail'],
    [
      'a sixth code on one server',
      {
        kind: 'authorization_code' as const,
        authorizationCode: 'ABCDEFGH23456789',
        issuingAccount: '100012345678',
      },
      6,
      'fail',
    ],
    [
      'a valid code',
      {
        kind: 'authorization_code' as const,
        authorizationCode: 'ABCDEFGH23456789',
        issuingAccount: '100012345678',
      },
      5,
      'pass',
    ],
  ])('%s', (_, overrides, codes, status) => {
    expect(checkResource({ ...server, ...overrides }, submitted, codes).status).toBe(status);
  });
});

describe('16 unit principal = legal representative where required', () => {
  it.each([
    ['legal rep in 粤', '44', true, false, 'pass'],
    ['non-legal-rep in 粤', '44', false, true, 'fail'],
    ['non-legal-rep in 吉 without a letter', '22', false, false, 'fail'],
    ['non-legal-rep in 吉 with a letter', '22', false, true, 'pass'],
    ['non-legal-rep in 京', '11', false, false, 'pass'],
  ])('%s', (_, province, isLegalRepresentative, hasAuthorizationLetter, status) => {
    expect(checkLegalRep({ province, isLegalRepresentative, hasAuthorizationLetter }).status).toBe(
      status,
    );
  });
});

describe('17 one order in progress; sites and domains within limits', () => {
  const base = { filerKind: 'organization' as const, province: '44', otherOpenOrders: 0 };
  it.each([
    ['1 site / 1 domain', { domainsPerSite: [1] }, 'pass'],
    ['second open order', { domainsPerSite: [1], otherOpenOrders: 1 }, 'fail'],
    ['11 sites', { domainsPerSite: Array<number>(11).fill(1) }, 'fail'],
    ['11 domains on a site', { domainsPerSite: [11] }, 'fail'],
    ['2 domains in 湘 (warn)', { domainsPerSite: [1, 1], province: '43' }, 'warn'],
  ])('%s', (_, overrides, status) => {
    expect(checkOrderLimits({ ...base, ...overrides }).status).toBe(status);
  });
});

describe('18 required materials', () => {
  it('passes a 苏 order with a domain certificate and fails one without', () => {
    const jiangsu = order({ province: '32' });
    const materials = personalMaterials();
    const result = (list = materials) =>
      runChecks(jiangsu, { materials: list }).find((c) => c.id === 'MATERIALS_REQUIRED');
    expect(result()?.status).toBe('fail');
    expect(result()?.message).toMatch(/域名证书/);
    expect(result([...materials, material('domain_certificate', 'website:W1', 5)])?.status).toBe(
      'pass',
    );
  });
});

describe('19 working-day SLA; fail closed for uncovered years', () => {
  it.each([
    ['2026-11-02T10:00:00+08:00', '2026-11-03T10:00:00+08:00', 'pass'],
    ['2027-01-04T10:00:00+08:00', null, 'fail'],
  ])('%s → %s', (submitted, due, status) => {
    expect(checkCalendar(submitted, due, calendar).status).toBe(status);
  });
});

describe('20 unreachable only after 2 calls about 60 minutes apart', () => {
  const call = (at: string, revision = 1): CallAttempt => ({
    id: at,
    orderId: 'BA2611010001',
    revision,
    at,
    callerId: 'u-reviewer1',
    outcome: 'no_answer',
    note: '',
  });
  const rejectedUnreachable = [
    {
      revision: 1,
      at: '2026-11-02T13:00:00+08:00',
      by: 'u-reviewer1',
      reasons: [{ code: 'APPLICANT_UNREACHABLE', message: 'x' }],
    },
  ];
  it('passes a rejection after 2 attempts logged an hour apart', () => {
    const calls = [call('2026-11-02T10:00:00+08:00'), call('2026-11-02T11:00:00+08:00')];
    expect(checkUnreachable({ revision: 2, calls, rejections: rejectedUnreachable }).status).toBe(
      'pass',
    );
  });
  it('fails a rejection after 1 call', () => {
    const calls = [call('2026-11-02T10:00:00+08:00')];
    expect(checkUnreachable({ revision: 2, calls, rejections: rejectedUnreachable }).status).toBe(
      'fail',
    );
  });
});

describe('runChecks over a whole order', () => {
  it('passes a clean order, every result under the current rule set', () => {
    const results = runChecks(order(), { materials: personalMaterials(), calls: [] });
    expect(results.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(15);
    expect(new Set(results.map((c) => c.ruleSetVersion))).toEqual(new Set([ruleset.version]));
    expect(new Set(results.map((c) => c.id)).size).toBe(results.length);
  });

  it('numbers further results of a rule: one id per result', () => {
    const clean = order();
    const site = { ...clean.websites[0]!, domains: ['shanjiandushu.cn', 'shanjiandushu.io'] };
    const ids = runChecks({ ...clean, websites: [site] })
      .filter((c) => c.status === 'fail')
      .map((c) => [c.id, c.field]);
    expect(ids).toEqual([['TLD_APPROVED.1', 'websites[0].domains[1]']]);
  });

  it('proposes the catalog reason of each failing check, pointing at its field', () => {
    const clean = order();
    const checks = runChecks({
      ...clean,
      websites: [{ ...clean.websites[0]!, name: '中国美食论坛' }],
      cloudResource: { ...clean.cloudResource, region: 'ap-hongkong' },
    });
    expect(proposedReasons(checks).map((r) => [r.code, r.field])).toEqual([
      ['SITE_NAME_NOT_ALLOWED', 'websites[0].name'],
      ['RESOURCE_NOT_ELIGIBLE', 'cloudResource'],
    ]);
    expect(proposedReasons(checks)[0]?.message).toMatch(/网站名称/);
  });
});
