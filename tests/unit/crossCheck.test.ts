import { describe, expect, test } from 'vitest';
import {
  compareValues,
  crossCheckMaterial,
  foldText,
  toTraditional,
} from '../../src/domain/crossCheck';
import { missingMaterials, requiredMaterials } from '../../src/domain/checks/materialChecks';
import type { Material, Order } from '../../src/domain/types';
import { db } from '../../mocks/db';

describe('compareValues', () => {
  test.each([
    ['张伟', '张伟', 'match'],
    ['张伟', '張偉', 'near'],
    ['朝阳路88号', '朝阳路８８号', 'near'],
    ['example.com', 'EXAMPLE.com', 'near'],
    ['王 芳', '王芳', 'near'],
    ['张伟', '张芳', 'mismatch'],
    ['110101199003071234', '110101199003071243', 'mismatch'],
    ['张伟', '', 'missing'],
    [null, '张伟', 'match'],
  ] as const)('%s vs %s → %s', (typed, extracted, expected) => {
    expect(compareValues(typed, extracted)).toBe(expected);
  });

  test('folding and the traditional spelling round-trip', () => {
    expect(toTraditional('张伟网络')).toBe('張偉網絡');
    expect(foldText('張偉網絡 ＡＢ１')).toBe('张伟网络ab1');
  });
});

describe('crossCheckMaterial', () => {
  db.reset({ seed: 7, orders: 40 });
  const order = db.orders
    .all()
    .map((row) => db.orders.materialize(row))
    .find((o): o is Order => o.subjectPrincipal.certificateType === 'resident_id')!;
  const front = (extracted: Record<string, string>): Material => ({
    id: 'M-1',
    orderId: order.id,
    revision: 1,
    kind: 'id_card_front',
    owner: 'subjectPrincipal',
    verdict: 'pending',
    reasonCode: null,
    note: null,
    extracted,
    width: 856,
    height: 540,
    mimeType: 'image/svg+xml',
    uploadedAt: order.submittedAt,
  });
  const typed = {
    name: order.subjectPrincipal.name,
    number: order.subjectPrincipal.certificateNumber,
    address: order.subjectPrincipal.certificateAddress,
    orientation: '0',
  };
  const results = (m: Material) =>
    Object.fromEntries(crossCheckMaterial(order, m, '2026-11-27').map((r) => [r.field, r.result]));

  test('a faithful ID card matches on every field', () => {
    expect(results(front(typed))).toEqual({
      name: 'match',
      number: 'match',
      address: 'match',
      orientation: 'match',
    });
  });

  test('each difference is marked on its own field', () => {
    expect(results(front({ ...typed, name: `${typed.name}x` })).name).toBe('mismatch');
    expect(results(front({ ...typed, orientation: '180' })).orientation).toBe('mismatch');
    const marked = results(front({ ...typed, name: `${typed.name}x` }));
    expect(marked.number).toBe('match');
  });

  test('a validity date before the review day is expired', () => {
    const back: Material = {
      ...front({ validTo: '2026-10-01' }),
      kind: 'id_card_back',
    };
    expect(results(back).validTo).toBe('expired');
    expect(results({ ...back, extracted: { validTo: '长期' } }).validTo).not.toBe('expired');
  });

  test('a material left out is what check 18 calls missing', () => {
    const uploaded = db.materialsOf(order.id)!;
    expect(
      missingMaterials(order, uploaded).filter((r) => r.blocking && r.kind === 'commitment_letter'),
    ).toEqual([]);
    const without = uploaded.filter((m) => m.kind !== 'commitment_letter');
    expect(missingMaterials(order, without)).toContainEqual(
      expect.objectContaining({ kind: 'commitment_letter', owner: 'subject', blocking: true }),
    );
    expect(requiredMaterials(order).length).toBeGreaterThan(0);
  });
});
