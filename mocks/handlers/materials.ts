import { maskMaterial } from '../../src/domain/masking';
import { MATERIAL_KINDS, type Material, type User } from '../../src/domain/types';
import { db } from '../db';
import { renderMaterial } from '../files/renderMaterial';
import { watermark } from '../files/watermark';
import { clock } from '../clock';
import { authenticate } from '../http/auth';
import { badQuery, notFound } from '../http/errors';
import {
  isOneOf,
  isString,
  oneOrMany,
  parseListQuery,
  respondList,
  sortBy,
} from '../http/listQuery';
import { json, svgResponse } from '../http/respond';
import { otherMethods, route } from '../http/route';
import { seesMaskedData } from '../orders/queryOrders';
import { generateMaterials, orderIdOfMaterial } from '../seed/materials';

/**
 * Materials of an order (current revision) and their images. Listed per order: `filter` needs an
 * `orderId` or `id`s. Support sees extracted personal data masked, in the image too.
 */

function view(material: Material, user: User): Material {
  return seesMaskedData(user) ? maskMaterial(material) : material;
}

/**
 * An order's materials in one revision: the current one from the store, an earlier one (what the
 * applicant uploaded before a rejection, for the viewer's "this revision beside the last") rebuilt
 * from the order as it was returned.
 */
function materialsOfRevision(orderId: string, revision: number | null): readonly Material[] {
  const order = db.order(orderId);
  if (!order) return [];
  if (revision === null || revision === order.revision) return db.materialsOf(orderId) ?? [];
  if (!Number.isInteger(revision) || revision < 1 || revision > order.revision) return [];
  return generateMaterials({ ...order, revision, status: 'rejected' }, db.params.seed, []);
}

function findMaterial(id: string): Material | undefined {
  const revision = Number(id.split('-')[1]);
  return materialsOfRevision(orderIdOfMaterial(id), revision).find((m) => m.id === id);
}

export const materialHandlers = [
  route('get', '/api/materials', ({ request, url }) => {
    const user = authenticate(request);
    const query = parseListQuery(url, {
      sortFields: ['id', 'kind', 'owner', 'verdict', 'uploadedAt'] as const,
      defaultSort: { field: 'id', direction: 'ASC' },
      filterFields: ['id', 'orderId', 'kind', 'verdict', 'owner', 'revision'],
    });
    const { filter } = query;
    const orderIds = oneOrMany(filter, 'orderId', isString, 'an order number');
    const ids = oneOrMany(filter, 'id', isString, 'a material id');
    if (!orderIds && !ids)
      throw badQuery('filter', 'materials are listed per order: filter by orderId or id');
    const kinds = oneOrMany(filter, 'kind', isOneOf(MATERIAL_KINDS), 'a material kind');
    const verdicts = oneOrMany(
      filter,
      'verdict',
      isOneOf(['pending', 'accepted', 'rejected']),
      'a verdict',
    );
    const owners = oneOrMany(filter, 'owner', isString, 'an owner');
    const revision = filter.revision === undefined ? null : filter.revision;
    if (revision !== null && !(Number.isInteger(revision) && (revision as number) >= 1))
      throw badQuery('filter', 'revision is a whole number from 1');
    const wantedOrders = new Set([...(orderIds ?? []), ...[...(ids ?? [])].map(orderIdOfMaterial)]);
    const materials = [...wantedOrders].flatMap((orderId) =>
      ids && !orderIds
        ? [...new Set([...ids].map((id) => Number(id.split('-')[1])))].flatMap((r) =>
            materialsOfRevision(orderId, r),
          )
        : materialsOfRevision(orderId, revision as number | null),
    );
    const tests: ((material: Material) => boolean)[] = [];
    if (orderIds) tests.push((m) => orderIds.has(m.orderId));
    if (ids) tests.push((m) => ids.has(m.id));
    if (kinds) tests.push((m) => kinds.has(m.kind));
    if (verdicts) tests.push((m) => verdicts.has(m.verdict));
    if (owners) tests.push((m) => owners.has(m.owner));
    const sorted = sortBy(materials, query.sort.field, query.sort.direction);
    return respondList('materials', sorted, tests, query.range, (m) => view(m, user));
  }),
  otherMethods('/api/materials', ['GET']),
  route('get', '/api/materials/:id', ({ request, params }) => {
    const user = authenticate(request);
    const material = findMaterial(params.id ?? '');
    if (!material) throw notFound('Material');
    return json(view(material, user));
  }),
  otherMethods('/api/materials/:id', ['GET']),
  route('get', '/api/materials/:id/file', ({ request, params, url }) => {
    const user = authenticate(request);
    const size = url.searchParams.get('size') ?? 'normal';
    if (size !== 'normal' && size !== 'full')
      throw badQuery('size', 'size is "normal" (default) or "full" (4000 px on the long side)');
    const material = findMaterial(params.id ?? '');
    if (!material) throw notFound('Material');
    // Every viewer's copy carries their account and the server time (any role).
    const image = watermark(
      renderMaterial(view(material, user), size),
      user.username,
      clock.nowIso(),
    );
    return svgResponse(image, `${material.id}.svg`);
  }),
  otherMethods('/api/materials/:id/file', ['GET']),
];
