import type { AuditEvent, CallAttempt, Material, Order, User } from '../src/domain/types';
import { clock } from './clock';
import { seedDefects } from './seed/defects';
import { hostileOrderIds } from './seed/hostile';
import {
  auditEventId,
  DEFAULT_ORDER_COUNT,
  DEFAULT_SEED,
  generateDataset,
  type SeedParams,
} from './seed/generate';
import { generateMaterials } from './seed/materials';
import { DEMO_PASSWORD, USERS } from './seed/users';
import { EventLog } from './store/eventLog';
import { IdempotencyStore } from './store/idempotency';
import { LeaseIndex } from './store/leaseIndex';
import { seededLeaseExpiresAt } from './seed/buildOrder';
import { OrderTable } from './store/orderTable';
import { SessionStore } from './store/sessions';
import { cstIso } from './seed/compact';
import { coreSearchKeys } from './seed/core';
import { hasFailingChecks } from '../src/domain/checks/summary';
import { CheckSummary } from './orders/checkSummary';
import { computeChecks, ensureChecks, phoneIndex, type CheckSources } from './orders/orderChecks';
import { ListedRows } from './orders/listedRows';
import { OrderIndex } from './orders/orderIndex';
import { TextIndex } from './orders/textIndex';
import type { OrderRow } from './store/orderTable';
import { LookupIndex } from './lookup/lookupIndex';

/**
 * The mock backend's in-memory store: the seeded data set plus everything changed since. Changes
 * are journaled (changed orders and materials, appended events, calls and notes) so that the
 * browser demo can persist just them and rebuild the rest from the seed after a reload.
 */

export interface ResetOptions {
  seed?: number;
  orders?: number;
  /** Rebuild as of this instant (a restored demo); default: the clock's now, on the hour. */
  anchor?: string;
}

export interface InternalNote {
  id: string;
  orderId: string;
  at: string;
  authorId: string;
  text: string;
}

/** Everything that differs from the seed. */
export interface DbChanges {
  orders: Order[];
  materials: Material[];
  audit: AuditEvent[];
  calls: CallAttempt[];
  notes: InternalNote[];
}

/** One successful action: the new order, its one audit event, and what else it wrote. */
export interface Commit {
  order: Order;
  event: Omit<AuditEvent, 'id'>;
  call?: CallAttempt;
  note?: InternalNote;
  materials?: Material[];
}

const HOUR = 60 * 60_000;

export class MockDb {
  readonly users: readonly User[] = USERS;
  readonly sessions = new SessionStore();
  readonly idempotency = new IdempotencyStore();
  /** Leases of the orders in review by expiry, for the lapse sweep (mocks/actions/leases.ts). */
  readonly leases = new LeaseIndex();
  private readonly orderTable = new OrderTable();
  private readonly auditLog = new EventLog<AuditEvent>();
  private readonly callLog = new EventLog<CallAttempt>();
  private readonly noteLog = new EventLog<InternalNote>();
  /** The global lookup's keys (mocks/lookup), kept current by every commit. */
  readonly lookup = new LookupIndex();
  private readonly materialCache = new Map<string, Material[]>();
  private readonly changedOrders = new Set<string>();
  private readonly changedMaterials = new Map<string, Material>();
  private readonly listeners = new Set<() => void>();
  private current: SeedParams | null = null;
  private phones: { params: SeedParams; index: Map<string, string[]> } | null = null;
  private buildAt: ((position: number) => Order) | null = null;
  /** Sorted and per-value indexes over the orders, kept in step with every change. */
  private readonly orderIndex = new OrderIndex();
  /** Which orders have a failing check, computed in the background after a reset. */
  readonly checkSummary = new CheckSummary((row) => this.computeFailing(row));
  /** Each listed order's list form (masked, serialised), until it changes. */
  readonly listed = new ListedRows();
  /** The orders' search texts in blocks, for `q`. */
  readonly searchText = new TextIndex();

  /** Where the checks of an order find materials, calls and the data set's phones. */
  readonly checkSources: CheckSources = {
    materials: (orderId) => this.materialsOf(orderId),
    calls: (orderId) => this.calls.forOrder(orderId),
    phoneOwners: () => {
      if (this.phones?.params !== this.params) {
        this.phones = { params: this.params, index: phoneIndex(this.orders.all()) };
      }
      return this.phones.index;
    },
  };

  constructor() {
    this.orderTable.onRead = (order) => ensureChecks(order, this.checkSources);
    this.orderTable.indexer = {
      load: (rows) => {
        this.orderIndex.load(rows);
        this.checkSummary.load(rows);
        this.listed.clear();
        this.searchText.load(rows);
      },
      update: (row, previous) => {
        this.orderIndex.update(row, previous);
        this.checkSummary.invalidate(row);
        this.listed.invalidate(row);
        this.searchText.invalidate(row);
      },
    };
  }

  get index(): OrderIndex {
    this.ensure();
    return this.orderIndex;
  }

  /**
   * Whether an order has a failing check, computed as reading it would, but without keeping the
   * built order or its materials: a summary of 100,000 orders must not hold them all in memory.
   */
  private computeFailing(row: OrderRow): boolean {
    if (row.order || !this.buildAt) return hasFailingChecks(this.orders.materialize(row).checks);
    const order = this.buildAt(row.position);
    const materials =
      this.materialCache.get(order.id) ??
      generateMaterials(order, this.params.seed, seedDefects.get(order.id) ?? []);
    return hasFailingChecks(
      computeChecks(order, { ...this.checkSources, materials: () => materials }),
    );
  }

  /** Rebuilds the seeded data set; sessions and the clock stay. */
  reset(options: ResetOptions = {}): SeedParams {
    const anchor = options.anchor ?? cstIso(Math.floor(clock.now().getTime() / HOUR) * HOUR);
    const params: SeedParams = {
      seed: options.seed ?? DEFAULT_SEED,
      orders: options.orders ?? DEFAULT_ORDER_COUNT,
      anchor,
    };
    const dataset = generateDataset(params);
    this.buildAt = dataset.buildOrder;
    this.orderTable.load({
      summaries: dataset.summaries,
      search: (position) =>
        coreSearchKeys(dataset.summaries[position]?.id ?? '', dataset.cores[position]!),
      build: dataset.buildOrder,
    });
    this.leases.clear();
    const leaseFrom = Date.parse(anchor);
    for (const summary of dataset.summaries) {
      if (summary.status === 'in_review')
        this.leases.track(summary.id, seededLeaseExpiresAt(summary.status, leaseFrom));
    }
    this.lookup.load(dataset);
    this.auditLog.loadLazily(dataset.auditCount, dataset.buildAudit);
    this.callLog.loadLazily(dataset.callCount, dataset.buildCalls);
    this.noteLog.load([]);
    this.materialCache.clear();
    this.changedOrders.clear();
    this.changedMaterials.clear();
    // Remembered answers belong to the data they were given about.
    this.idempotency.clear();
    seedDefects.clear();
    for (const [id, defects] of dataset.defects) seedDefects.set(id, defects);
    hostileOrderIds.clear();
    for (const [id, variant] of dataset.hostile) hostileOrderIds.set(id, variant);
    this.current = params;
    this.emit();
    return params;
  }

  private ensure(): void {
    if (this.current === null) this.reset();
  }

  get params(): SeedParams {
    this.ensure();
    return this.current as SeedParams;
  }

  get orders(): OrderTable {
    this.ensure();
    return this.orderTable;
  }

  get audit(): EventLog<AuditEvent> {
    this.ensure();
    return this.auditLog;
  }

  get calls(): EventLog<CallAttempt> {
    this.ensure();
    return this.callLog;
  }

  get notes(): EventLog<InternalNote> {
    this.ensure();
    return this.noteLog;
  }

  order(id: string): Order | undefined {
    return this.orders.get(id);
  }

  /** The materials of an order's current revision; undefined for an unknown order. */
  materialsOf(orderId: string): readonly Material[] | undefined {
    let materials = this.materialCache.get(orderId);
    if (!materials) {
      const order = this.order(orderId);
      if (!order) return undefined;
      materials = generateMaterials(order, this.params.seed, seedDefects.get(orderId) ?? []);
      this.materialCache.set(orderId, materials);
    }
    return materials;
  }

  user(id: string): User | undefined {
    return this.users.find((u) => u.id === id);
  }

  userByUsername(username: string): User | undefined {
    return this.users.find((u) => u.username === username);
  }

  passwordMatches(user: User, password: string): boolean {
    return this.users.includes(user) && password === DEMO_PASSWORD;
  }

  /** Applies one successful action atomically and appends its audit event. */
  commit(change: Commit): AuditEvent {
    // Materials derive from the order as seeded: fix them before the order changes.
    const revisionBefore = this.order(change.order.id)?.revision;
    this.materialsOf(change.order.id);
    this.orders.replace(change.order);
    this.leases.track(change.order.id, change.order.leaseExpiresAt);
    this.lookup.update(change.order);
    // A resubmission brings the new revision's materials: rebuild them from the order as resubmitted.
    if (revisionBefore !== change.order.revision) this.materialCache.delete(change.order.id);
    this.changedOrders.add(change.order.id);
    for (const material of change.materials ?? []) this.putMaterial(material);
    if (change.call) this.calls.append(change.call);
    if (change.note) this.notes.append(change.note);
    const event: AuditEvent = { id: auditEventId(this.audit.size + 1), ...change.event };
    this.audit.append(event);
    this.emit();
    return event;
  }

  /**
   * A change that is not a decision (a lease heartbeat): journaled like any change, but without a
   * new version or an audit event.
   */
  updateWithoutEvent(order: Order): void {
    this.orders.replace(order);
    this.leases.track(order.id, order.leaseExpiresAt);
    this.changedOrders.add(order.id);
    this.emit();
  }

  /**
   * Appends an audit event that changes no order (a reveal of personal data): the order's version
   * stays, the trail records who saw what and why.
   */
  record(event: Omit<AuditEvent, 'id'>): AuditEvent {
    const recorded: AuditEvent = { id: auditEventId(this.audit.size + 1), ...event };
    this.audit.append(recorded);
    this.emit();
    return recorded;
  }

  private putMaterial(material: Material): void {
    const list = this.materialsOf(material.orderId);
    if (!list) return;
    this.materialCache.set(
      material.orderId,
      list.map((m) => (m.id === material.id ? material : m)),
    );
    this.changedMaterials.set(material.id, material);
  }

  /** Session and idempotency changes are persisted too. */
  touch(): void {
    this.emit();
  }

  exportChanges(): DbChanges {
    this.ensure();
    return {
      orders: [...this.changedOrders].flatMap((id) => this.order(id) ?? []),
      materials: [...this.changedMaterials.values()],
      audit: this.auditLog.appended(),
      calls: this.callLog.appended(),
      notes: this.noteLog.appended(),
    };
  }

  /** Re-applies persisted changes on top of a freshly rebuilt seed. */
  applyChanges(changes: DbChanges): void {
    this.ensure();
    for (const order of changes.orders) {
      if (!this.orderTable.get(order.id)) continue;
      const revisionBefore = this.orderTable.get(order.id)?.revision;
      this.materialsOf(order.id);
      this.orderTable.replace(order);
      this.leases.track(order.id, order.leaseExpiresAt ?? null);
      this.lookup.update(order);
      if (revisionBefore !== order.revision) this.materialCache.delete(order.id);
      this.changedOrders.add(order.id);
    }
    for (const material of changes.materials) this.putMaterial(material);
    for (const event of changes.audit) this.auditLog.append(event);
    for (const call of changes.calls) this.callLog.append(call);
    for (const note of changes.notes) this.noteLog.append(note);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const db = new MockDb();
