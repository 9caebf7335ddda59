import { db } from '../../mocks/db';

/**
 * A deep copy of everything the store holds about the data: every order (full, version included),
 * every material of every order, the calls, the notes and the audit trail, as JSON. Two snapshots
 * compare equal only if nothing in the data changed (sessions and remembered idempotent answers are
 * not data and are left out).
 */
export function snapshotStore(): string {
  const orders = db.orders.all().map((row) => db.orders.materialize(row));
  return JSON.stringify({
    orders,
    materials: orders.map((order) => db.materialsOf(order.id)),
    calls: db.calls.inInsertionOrder(),
    notes: db.notes.inInsertionOrder(),
    audit: db.audit.inInsertionOrder(),
    leases: db.leases.size,
  });
}
