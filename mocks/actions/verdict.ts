import { reasonByCode } from '../../src/domain/reasons';
import type { Material } from '../../src/domain/types';
import { db } from '../db';
import { notFound } from '../http/errors';
import { integer, object, oneOf, optional, required, text } from '../http/validate';
import { orderAction, type ActionContext } from './pipeline';

/**
 * `POST /api/orders/:id/materials/:materialId/verdict {version, verdict, reasonCode?, note?}`: the
 * assignee accepts or rejects one material of the current revision; a rejection names a catalog
 * reason. 404 for a material that is not the order's.
 */

interface VerdictBody {
  version: number;
  verdict: 'accepted' | 'rejected';
  reasonCode?: string;
  note?: string;
}

const verdictBody = object({
  version: required(integer({ min: 1 })),
  verdict: required(oneOf(['accepted', 'rejected'] as const)),
  reasonCode: optional(text({ max: 100 })),
  note: optional(text({ max: 1000, multiline: true })),
});

function materialOf(orderId: string, context: ActionContext): Material | undefined {
  const id = context.params?.materialId ?? '';
  return db.materialsOf(orderId)?.find((m) => m.id === id);
}

export const verdict = orderAction<VerdictBody>({
  action: 'verdict',
  body: verdictBody,
  exists: (order, context) => {
    if (!materialOf(order.id, context)) throw notFound('Material');
  },
  validate: (body) => {
    if (body.verdict === 'rejected' && !body.reasonCode)
      return { reasonCode: 'a rejected material needs a reason from the catalog' };
    if (body.reasonCode && !reasonByCode(body.reasonCode))
      return { reasonCode: 'not a reason of the catalog' };
    if (body.verdict === 'accepted' && body.reasonCode)
      return { reasonCode: 'only a rejected material has a reason' };
    return null;
  },
  perform: (order, body, context) => {
    const material = materialOf(order.id, context) as Material;
    const updated: Material = {
      ...material,
      verdict: body.verdict,
      reasonCode: body.reasonCode ?? null,
      note: body.note?.trim() || null,
    };
    return {
      order,
      materials: [updated],
      details: {
        materialId: material.id,
        kind: material.kind,
        verdict: body.verdict,
        ...(body.reasonCode ? { reasonCode: body.reasonCode } : {}),
        ...(updated.note ? { note: updated.note } : {}),
      },
    };
  },
});
