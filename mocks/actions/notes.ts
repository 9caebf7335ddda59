import type { InternalNote } from '../db';
import { db } from '../db';
import { integer, object, required, text } from '../http/validate';
import { orderAction } from './pipeline';

/**
 * `POST /api/orders/:id/notes {version, text}`: an internal note by staff, never shown to the
 * applicant. Notes are read as the order's `note` audit events (403 for support, like the trail).
 */

const noteBody = object({
  version: required(integer({ min: 1 })),
  text: required(text({ min: 1, max: 2000, multiline: true })),
});

export const notes = orderAction<{ version: number; text: string }>({
  action: 'note',
  body: noteBody,
  perform: (order, body, context) => {
    const note: InternalNote = {
      id: `${order.id}-N${db.notes.forOrder(order.id).length + 1}`,
      orderId: order.id,
      at: context.nowIso,
      authorId: context.user.id,
      text: body.text.trim(),
    };
    return { order, note, details: { noteId: note.id, text: note.text } };
  },
});
