import { describe, expect, it } from 'vitest';
import { rejectionNotice } from '../../src/domain/applicantMessages';
import {
  currentSubmissionMaterials,
  diffOrders,
  pathSegments,
  setApplicantField,
} from '../../src/domain/resubmission';
import type { Order } from '../../src/domain/types';

const order = {
  id: 'BA2611270001',
  type: 'new_filing',
  province: '44',
  status: 'rejected',
  version: 7,
  verification: { domain: 'example.cn' },
  subject: { name: '张三', remark: '' },
  subjectPrincipal: { mobile: '13800138000', emergencyPhone: '13800138000' },
  websites: [
    { name: '中国美食论坛', domains: ['example.cn'], principal: { mobile: '13800138000' } },
  ],
  cloudResource: { region: 'ap-guangzhou' },
} as unknown as Order;

describe('resubmission diff', () => {
  it.each([
    ['websites[0].name', ['websites', 0, 'name']],
    ['subjectPrincipal.emergencyPhone', ['subjectPrincipal', 'emergencyPhone']],
  ])('reads the path %s', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });

  it('lists exactly the applicant fields that changed, before and after', () => {
    const renamed = setApplicantField(order, 'websites[0].name', '山间美食笔记')!;
    const fixed = setApplicantField(renamed, 'subjectPrincipal.emergencyPhone', '13912345678')!;
    expect(diffOrders(order, { ...fixed, version: 8, status: 'pending_review' })).toEqual([
      { field: 'subjectPrincipal.emergencyPhone', before: '13800138000', after: '13912345678' },
      { field: 'websites[0].name', before: '中国美食论坛', after: '山间美食笔记' },
    ]);
  });

  it.each(['status', 'websites[0].missing', 'websites[0].domains', 'subject'])(
    'refuses to set %s (not an existing text field of the applicant)',
    (path) => {
      expect(setApplicantField(order, path, 'x')).toBeNull();
    },
  );
});

describe('the applicant notice', () => {
  it('names every reason in the SMS and carries each message in full in the e-mail', () => {
    const notice = rejectionNotice(order, [
      { code: 'SITE_NAME_NOT_ALLOWED', message: '请修改网站名称。' },
      { code: 'PHONE_SHARED_OR_INVALID', message: '请更换应急联系电话。' },
    ]);
    expect(notice.sms).toContain('网站名称不符合要求；联系电话有误或重复');
    expect(notice.emailBody).toContain('1. 网站名称不符合要求\n请修改网站名称。');
    expect(notice.emailBody).toContain('2. 联系电话有误或重复\n请更换应急联系电话。');
    expect(notice.emailSubject).toContain(order.id);
  });
});

describe('the materials of the current submission', () => {
  const m = (id: string, revision?: number) => ({ id, revision });
  it('are those of the order’s revision, with those from before revisions', () => {
    const all = [m('a', 1), m('b', 2), m('c'), m('d', 2)];
    expect(currentSubmissionMaterials(all, 2).map((x) => x.id)).toEqual(['b', 'c', 'd']);
  });
  it('are all of them when none is of that revision, rather than none', () => {
    const all = [m('a', 1), m('b', 1)];
    expect(currentSubmissionMaterials(all, 3)).toEqual(all);
  });
});
