import type { Order } from '../../src/domain/types';
import { db } from '../db';
import { ApiError } from '../http/errors';
import { integer, object, required, text } from '../http/validate';
import { orderAction, type ActionContext, type ActionOutcome } from './pipeline';

/** Who holds an order: claim, release, reassign (api.md "Actions"). */

const versionOnly = object({ version: required(integer({ min: 1 })) });

export function claimOutcome(order: Order, context: ActionContext): ActionOutcome {
  return {
    order: {
      ...order,
      status: 'in_review',
      assigneeId: context.user.id,
      claimedAt: context.nowIso,
    },
    details: {},
  };
}

export const claim = orderAction({
  action: 'claim',
  body: versionOnly,
  perform: (order, _body, context) => claimOutcome(order, context),
});

export const release = orderAction({
  action: 'release',
  body: versionOnly,
  perform: (order) => ({
    order: { ...order, status: 'pending_review', assigneeId: null, claimedAt: null },
    details: { previousAssigneeId: order.assigneeId },
  }),
});

const reassignBody = object({
  version: required(integer({ min: 1 })),
  assigneeId: required(text({ min: 1, max: 100 })),
});

export const reassign = orderAction<{ version: number; assigneeId: string }>({
  action: 'reassign',
  body: reassignBody,
  validate: (body) => {
    const assignee = db.user(body.assigneeId);
    if (!assignee) return { assigneeId: 'no such user' };
    if (assignee.role !== 'reviewer') return { assigneeId: 'the new assignee must be a reviewer' };
    return null;
  },
  perform: (order, body, context) => {
    if (order.assigneeId === body.assigneeId) {
      throw new ApiError(409, 'INVALID_STATE', 'The order is already assigned to this reviewer', {
        assigneeId: order.assigneeId,
      });
    }
    return {
      order: {
        ...order,
        status: 'in_review',
        assigneeId: body.assigneeId,
        claimedAt: context.nowIso,
      },
      details: { fromAssigneeId: order.assigneeId, toAssigneeId: body.assigneeId },
    };
  },
});
