import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import {
  MATERIAL_DEFECTS,
  materialDefectOf,
  seedMaterialDefects,
  type MaterialDefectRecord,
} from '../../mocks/seed/materialDefects';
import { missingMaterials } from '../../src/domain/checks/materialChecks';
import { crossCheckMaterial } from '../../src/domain/crossCheck';
import type { Material, Order } from '../../src/domain/types';
import { api, listQuery, login, TEST_SEED } from './client';

let token = '';
beforeEach(async () => {
  token = await login('reviewer1');
});

async function materialsOf(orderId: string): Promise<Material[]> {
  const list = await api<Material[]>('GET', `/api/materials${listQuery({ filter: { orderId } })}`, {
    token,
  });
  return list.body;
}

/** The first open order of the seed carrying each planted material defect. */
function ordersByDefect(): Map<string, { order: Order; record: () => MaterialDefectRecord }> {
  const found = new Map<string, { order: Order; record: () => MaterialDefectRecord }>();
  for (const row of db.orders.all()) {
    const order = db.orders.materialize(row);
    const defect = materialDefectOf(order, TEST_SEED);
    if (defect && !found.has(defect))
      found.set(defect, { order, record: () => seedMaterialDefects.get(order.id)! });
  }
  return found;
}

describe('planted material defects', () => {
  test('the default seed carries every kind, in the image data and the extracted fields', async () => {
    const byDefect = ordersByDefect();
    expect([...byDefect.keys()].sort()).toEqual([...MATERIAL_DEFECTS].sort());
    for (const [defect, { order, record }] of byDefect) {
      const materials = await materialsOf(order.id);
      const where = record();
      if (defect === 'MISSING') {
        expect(missingMaterials(order, materials)).toContainEqual({
          kind: where.kind,
          owner: where.owner,
          blocking: true,
        });
        continue;
      }
      const material = materials.find((m) => m.id === where.materialId)!;
      const rows = crossCheckMaterial(order, material, '2026-11-27');
      const flagged = rows.filter((r) => r.result !== 'match').map((r) => r.field);
      expect(flagged, defect).toEqual([where.field]);
    }
  });

  test('an upside-down scan is drawn turned by 180°', async () => {
    const { order, record } = ordersByDefect().get('UPSIDE_DOWN')!;
    await materialsOf(order.id);
    const file = await api('GET', `/api/materials/${record().materialId}/file`, { token });
    expect(file.text).toMatch(/<g transform="rotate\(180 /);
  });
});

describe('GET /api/materials/:id/file', () => {
  test('size=full is 4000 px on the long side, same drawing; other sizes are 400', async () => {
    const order = db.orders.materialize(db.orders.all()[0]!);
    const [material] = await materialsOf(order.id);
    const normal = await api('GET', `/api/materials/${material!.id}/file`, { token });
    const full = await api('GET', `/api/materials/${material!.id}/file?size=full`, { token });
    expect(full.status).toBe(200);
    expect(full.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(full.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const width = Math.round(
      (4000 * material!.width) / Math.max(material!.width, material!.height),
    );
    expect(full.text).toContain(`width="${width}"`);
    expect(full.text.length).toBeLessThan(normal.text.length + 100);
    const bad = await api<{ error: { code: string } }>(
      'GET',
      `/api/materials/${material!.id}/file?size=huge`,
      { token },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BAD_QUERY');
    expect((await api('GET', `/api/materials/${material!.id}/file?size=full`)).status).toBe(401);
  });

  test('applicant text that looks like markup stays text in the SVG', async () => {
    const order = db.orders.materialize(db.orders.all()[1]!);
    const photo = db.materialsOf(order.id)!.find((m) => m.kind === 'verification_photo')!;
    photo.extracted.name = '<script>alert(1)</script>';
    photo.extracted.takenAt = '"/><script>alert(2)</script>';
    const file = await api('GET', `/api/materials/${photo.id}/file`, { token });
    expect(file.text).not.toMatch(/<script/i);
    expect(file.text).toContain('&lt;script&gt;');
  });
});

describe('earlier revisions', () => {
  test('a resubmitted order lists the previous revision’s materials on request, files included', async () => {
    const order = db.orders
      .all()
      .map((row) => db.orders.materialize(row))
      .find((o) => o.revision > 1)!;
    const current = await materialsOf(order.id);
    expect(current.every((m) => m.revision === order.revision)).toBe(true);
    const list = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: order.id, revision: order.revision - 1 } })}`,
      { token },
    );
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(0);
    expect(list.body.every((m) => m.revision === order.revision - 1)).toBe(true);
    expect(list.body[0]!.id).toMatch(new RegExp(`^${order.id}-${order.revision - 1}-01$`));
    const one = await api<Material>('GET', `/api/materials/${list.body[0]!.id}`, { token });
    expect(one.body).toEqual(list.body[0]);
    const file = await api('GET', `/api/materials/${list.body[0]!.id}/file`, { token });
    expect(file.status).toBe(200);
    const bad = await api(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: order.id, revision: 0 } })}`,
      { token },
    );
    expect(bad.status).toBe(400);
    const future = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: order.id, revision: order.revision + 1 } })}`,
      { token },
    );
    expect(future.body).toEqual([]);
  });
});
