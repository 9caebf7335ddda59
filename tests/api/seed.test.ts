import { describe, expect, test } from 'vitest';
import { isValidMobile, isValidUscc, parseResidentId } from '../../src/domain/identity';
import { validateFilingNumbers } from '../../src/domain/filingNumber';
import { FILING_PROVINCES } from '../../src/domain/provinces';
import { bureauDueAt, initialReviewDueAt } from '../../src/domain/sla';
import siteNames from '../../src/domain/rules/siteNames.json';
import tlds from '../../src/domain/rules/tlds.json';
import {
  ORDER_STATUSES,
  ORDER_TYPES,
  SUBJECT_NATURES,
  type Order,
  type Principal,
} from '../../src/domain/types';
import { db } from '../../mocks/db';
import { DEFECTS, seedDefects } from '../../mocks/seed/defects';
import { coreSearchKeys } from '../../mocks/seed/core';
import { generateDataset } from '../../mocks/seed/generate';
import { orderSearchParts, summarize } from '../../mocks/store/orderTable';
import { TEST_NOW } from './client';

const ANCHOR = '2026-11-27T10:00:00.000+08:00';

/** A data set with every order and the audit trail built (the store builds them lazily). */
function dataset(seed: number, count = 300) {
  const generated = generateDataset({ seed, orders: count, anchor: ANCHOR });
  const orders = generated.plans.map((_, position) => generated.buildOrder(position));
  return { ...generated, orders, audit: generated.buildAudit(), calls: generated.buildCalls() };
}

function principalsOf(order: Order): Principal[] {
  return [order.subjectPrincipal, ...order.websites.map((w) => w.principal)];
}

describe('determinism', () => {
  test('the same seed and anchor give identical data; another seed other data', () => {
    const a = dataset(7);
    const b = dataset(7);
    expect(JSON.stringify(b.orders)).toBe(JSON.stringify(a.orders));
    expect(JSON.stringify(b.audit)).toBe(JSON.stringify(a.audit));
    expect(JSON.stringify(b.calls)).toBe(JSON.stringify(a.calls));
    const c = dataset(8);
    expect(c.orders.map((o) => o.subject.name)).not.toEqual(a.orders.map((o) => o.subject.name));
  });

  test('an order comes out the same whichever orders were built before it', () => {
    const generated = generateDataset({ seed: 7, orders: 300, anchor: ANCHOR });
    const backwards = generated.plans.map((_, i) => generated.buildOrder(299 - i)).reverse();
    expect(JSON.stringify(backwards)).toBe(JSON.stringify(dataset(7).orders));
  });

  test('what lists and search use before an order is built agrees with the built order', () => {
    const { orders, summaries, cores, audit, auditCount, calls, callCount } = dataset(11);
    orders.forEach((order, i) => {
      expect(summaries[i]).toEqual(summarize(order));
      const core = coreSearchKeys(order.id, cores[i]!);
      const full = orderSearchParts(order);
      expect(core.publicParts).toEqual(full.publicParts);
      expect(new Set(core.secrets)).toEqual(new Set(full.secrets));
    });
    expect(auditCount).toBe(audit.length);
    expect(callCount).toBe(calls.length);
  });

  test('the store resets to the seed it was given, at the clock’s hour', () => {
    expect(db.params).toEqual({ seed: 20261127, orders: 300, anchor: ANCHOR });
    expect(db.orders.size).toBe(300);
    expect(Date.parse(TEST_NOW)).toBe(Date.parse(ANCHOR));
  });

  test('1, 5 and 2000 orders work; ids are unique and well-formed', () => {
    for (const count of [1, 5, 2000]) {
      const { orders } = dataset(3, count);
      expect(orders).toHaveLength(count);
      expect(new Set(orders.map((o) => o.id)).size).toBe(count);
      for (const order of orders) expect(order.id).toMatch(/^BA\d{6}\d{4}$/);
    }
  });
});

describe('coverage of the default data set', () => {
  const { orders, audit, calls, defects } = dataset(20261127);

  test('every status, type, filer kind, nature and personal certificate', () => {
    for (const status of ORDER_STATUSES)
      expect(
        orders.some((o) => o.status === status),
        status,
      ).toBe(true);
    for (const type of ORDER_TYPES)
      expect(
        orders.some((o) => o.type === type),
        type,
      ).toBe(true);
    for (const nature of SUBJECT_NATURES)
      expect(
        orders.some((o) => o.subject.nature === nature),
        nature,
      ).toBe(true);
    for (const type of ['resident_id', 'hk_macao_permit', 'taiwan_permit', 'passport']) {
      expect(
        orders.some(
          (o) => o.filerKind === 'personal' && o.subjectPrincipal.certificateType === type,
        ),
        type,
      ).toBe(true);
    }
    expect(new Set(orders.map((o) => o.province)).size).toBeGreaterThan(20);
    expect(orders.filter((o) => o.status === 'pending_review').length).toBeGreaterThan(50);
    expect(
      new Set(orders.filter((o) => o.status === 'in_review').map((o) => o.assigneeId)).size,
    ).toBeGreaterThan(2);
    expect(orders.some((o) => o.revision >= 2 && o.rejections.length >= 1)).toBe(true);
  });

  test('times: nothing after the anchor; decided orders over three weeks', () => {
    const anchor = Date.parse(ANCHOR);
    for (const order of orders) {
      expect(Date.parse(order.submittedAt)).toBeLessThanOrEqual(anchor);
      expect(Date.parse(order.updatedAt)).toBeLessThanOrEqual(anchor);
      const due = initialReviewDueAt(new Date(order.submittedAt));
      expect(order.slaDueAt === null ? null : Date.parse(order.slaDueAt)).toBe(
        due?.getTime() ?? null,
      );
    }
    for (const event of audit) expect(Date.parse(event.at)).toBeLessThanOrEqual(anchor);
    const decided = orders.filter((o) => o.status !== 'pending_review' && o.status !== 'in_review');
    const oldest = Math.min(...decided.map((o) => Date.parse(o.submittedAt)));
    expect(anchor - oldest).toBeGreaterThan(14 * 86_400_000);
  });

  test('bureau orders carry bureau data; approved ones valid filing numbers', () => {
    for (const order of orders.filter((o) => o.status.startsWith('bureau_'))) {
      expect(order.bureau?.provinceCode).toBe(order.province);
      // 20 working days (30 in 浙) from submission to the bureau; null where that reaches 2027.
      const due = bureauDueAt(new Date(order.bureau!.submittedAt), order.province);
      expect(order.bureau!.dueAt === null ? null : Date.parse(order.bureau!.dueAt)).toBe(
        due?.getTime() ?? null,
      );
    }
    const approved = orders.filter((o) => o.status === 'bureau_approved');
    expect(approved.length).toBeGreaterThan(0);
    for (const order of approved) {
      expect(
        validateFilingNumbers(order.bureau!.filingNumbers, order.province, order.websites.length),
      ).toEqual([]);
    }
    for (const order of orders.filter((o) => o.status === 'rejected')) {
      expect(order.rejections.at(-1)?.revision).toBe(order.revision);
      expect(order.rejections.at(-1)?.reasons.length).toBeGreaterThan(0);
    }
  });

  test('clean orders: valid check characters, adult, local, mobiles, filable TLDs, allowed site names', () => {
    const approved = new Set(tlds.approved);
    const banned = [
      ...siteNames.nationalLevelWords,
      ...siteNames.personalBlacklist,
      ...siteNames.sensitiveWords,
      ...siteNames.industryWords,
      ...siteNames.organisationWords,
    ];
    const clean = orders.filter((o) => (defects.get(o.id) ?? []).length === 0);
    expect(clean.filter((o) => o.status === 'pending_review').length).toBeGreaterThan(20);
    for (const order of clean) {
      for (const principal of principalsOf(order)) {
        if (principal.certificateType === 'resident_id') {
          const parsed = parseResidentId(principal.certificateNumber);
          expect(parsed.ok, `${order.id} ${principal.certificateNumber}`).toBe(true);
        }
        expect(isValidMobile(principal.mobile)).toBe(true);
        expect(principal.emergencyPhone).not.toBe(principal.mobile);
      }
      if (order.filerKind === 'organization')
        expect(isValidUscc(order.subject.certificateNumber), order.id).toBe(true);
      for (const site of order.websites) {
        for (const domain of site.domains) {
          const labels = domain.split('.');
          const tld =
            labels.length > 2 && approved.has(labels.slice(-2).join('.'))
              ? labels.slice(-2).join('.')
              : labels.at(-1)!;
          expect(approved.has(tld), domain).toBe(true);
        }
        if (order.filerKind === 'personal') {
          for (const word of banned)
            expect(site.name.includes(word), `${site.name} ${word}`).toBe(false);
        }
      }
      expect(order.cloudResource.billing).toBe('prepaid');
      expect(order.cloudResource.region).not.toBe('ap-hongkong');
      expect(Date.parse(order.cloudResource.expiresAt)).toBeGreaterThan(
        Date.parse(order.submittedAt),
      );
      // Province quantity caps from secondary sources only warn (domain.md §8); nothing fails.
      expect(order.checks.every((check) => check.status !== 'fail')).toBe(true);
    }
  });

  test('every defect is planted in some open order, recorded, and shows in the data', () => {
    for (const defect of DEFECTS) {
      const planted = orders.filter((o) => defects.get(o.id)?.includes(defect));
      expect(planted.length, defect).toBeGreaterThan(0);
      for (const order of planted) expect(['pending_review', 'in_review']).toContain(order.status);
    }
    const failing = (order: Order) => order.checks.filter((c) => c.status === 'fail' && c.blocking);
    for (const order of orders) {
      const [defect] = defects.get(order.id) ?? [];
      const id = order.subjectPrincipal.certificateNumber;
      switch (defect) {
        case 'ID_CHECKSUM':
          expect(parseResidentId(id)).toEqual({ ok: false, problem: 'checksum' });
          expect(failing(order).map((c) => c.id)).toEqual(['ID_CHECKSUM']);
          break;
        case 'ID_BIRTH_DATE':
          expect(parseResidentId(id)).toEqual({ ok: false, problem: 'birth_date' });
          expect(id.slice(10, 14)).toBe('0230');
          expect(failing(order).map((c) => c.id)).toEqual(['ID_BIRTH_DATE']);
          break;
        case 'UNDERAGE':
          expect(failing(order).map((c) => c.id)).toEqual(['ID_BIRTH_DATE']);
          break;
        case 'USCC_CHECKSUM':
          expect(isValidUscc(order.subject.certificateNumber)).toBe(false);
          expect(failing(order).map((c) => c.id)).toEqual(['USCC_CHECKSUM']);
          break;
        case 'ID_PROVINCE_MISMATCH':
          expect(id.slice(0, 2)).not.toBe(order.province);
          break;
        case 'PHONE_SHARED':
          expect(order.subjectPrincipal.emergencyPhone).toBe(order.subjectPrincipal.mobile);
          break;
        case 'TLD_NOT_APPROVED':
          expect(order.websites[0]!.domains[0]).toMatch(/\.io$/);
          break;
        case 'SITE_NAME':
          expect(order.websites[0]!.name).toMatch(/中国|论坛/);
          break;
        case 'RESOURCE_EXPIRED':
          expect(Date.parse(order.cloudResource.expiresAt)).toBeLessThan(
            Date.parse(order.submittedAt),
          );
          break;
        case 'RESOURCE_POSTPAID':
          expect(order.cloudResource.billing).toBe('postpaid');
          break;
        case 'RESOURCE_OVERSEAS':
          expect(order.cloudResource.region).toBe('ap-hongkong');
          break;
        case 'PRINCIPAL_NOT_LEGAL_REP':
          expect(order.province).toBe('44');
          expect(order.subjectPrincipal.isLegalRepresentative).toBe(false);
          expect(order.subject.legalRepresentative).not.toBe(order.subjectPrincipal.name);
          break;
        case 'HOSTILE_TEXT':
          // Markup, control characters and the like in the site name: not a name (domain.md §7).
          expect(failing(order).map((c) => c.id)).toEqual(['SITE_NAME']);
          break;
        default:
          expect(failing(order)).toEqual([]);
      }
    }
  });

  test('resident IDs of clean personal filers are local, or come with a residence permit', () => {
    const codes = new Set(FILING_PROVINCES.map((p) => p.code));
    let nonLocal = 0;
    for (const order of orders.filter(
      (o) => o.filerKind === 'personal' && !(defects.get(o.id) ?? []).length,
    )) {
      const principal = order.subjectPrincipal;
      if (principal.certificateType !== 'resident_id') continue;
      expect(codes.has(principal.certificateNumber.slice(0, 2))).toBe(true);
      if (principal.certificateNumber.slice(0, 2) !== order.province) {
        const materials = db.materialsOf(order.id) ?? [];
        expect(
          materials.map((m) => m.kind),
          order.id,
        ).toContain('residence_permit');
        nonLocal += 1;
      }
    }
    expect(nonLocal).toBeGreaterThan(0);
  });

  test('phones are not shared between orders', () => {
    const owners = new Map<string, string>();
    for (const order of orders) {
      for (const principal of principalsOf(order)) {
        for (const phone of [principal.mobile, principal.emergencyPhone]) {
          if (!phone) continue;
          const owner = owners.get(phone);
          expect(owner === undefined || owner === order.id, phone).toBe(true);
          owners.set(phone, order.id);
        }
      }
    }
  });

  test('calls and audit events agree with each other', () => {
    const callEvents = audit.filter((e) => e.action === 'call');
    expect(callEvents).toHaveLength(calls.length);
    expect(new Set(audit.map((e) => e.id)).size).toBe(audit.length);
  });

  test('seedDefects exports the current data set’s defects', () => {
    expect(seedDefects.size).toBe(db.orders.size);
    const planted = [...seedDefects.values()].flat();
    for (const defect of DEFECTS) expect(planted).toContain(defect);
  });
});
