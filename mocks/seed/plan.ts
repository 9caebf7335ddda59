import type {
  CallOutcome,
  CertificateType,
  FilerKind,
  OrderStatus,
  OrderType,
  SubjectNature,
} from '../../src/domain/types';
import { ORDER_STATUSES, ORDER_TYPES } from '../../src/domain/types';
import { DEFECT_FILER, DEFECT_NEEDS_RESIDENT_ID, DEFECT_PROVINCE, DEFECTS } from './defects';
import type { PlannedDefect as Defect } from './defects';
import { PROVINCE_WEIGHTS } from './places';
import type { Rng } from './prng';
import { openSubmissionTime, planOpenTimeline, planDecidedTimeline } from './timeline';

/**
 * Phase one of the seed: what each order is (status, type, filer, province, planted defect) and
 * when things happened to it. Content (names, numbers) comes later, from a per-order PRNG, so that
 * the plan alone fixes ids and timelines.
 */

export interface CallPlan {
  at: number;
  outcome: CallOutcome;
  callerId: string;
}

export interface RevisionPlan {
  revision: number;
  submittedAt: number;
  claimedAt: number | null;
  reviewerId: string | null;
  calls: CallPlan[];
  /** A reviewer gave the order back after an unanswered call. */
  releasedAt: number | null;
  decidedAt: number | null;
  rejectReasons: string[] | null;
}

export interface OrderPlan {
  index: number;
  id: string;
  status: OrderStatus;
  type: OrderType;
  filerKind: FilerKind;
  nature: SubjectNature;
  certificateType: CertificateType;
  province: string;
  defect: Defect | null;
  /** Oldest first; the last one is the current revision. */
  revisions: RevisionPlan[];
  bureau: {
    submittedAt: number;
    decidedAt: number | null;
    result: 'approved' | 'rejected' | null;
  } | null;
}

const STATUS_WEIGHTS: readonly (readonly [OrderStatus, number])[] = [
  ['pending_review', 30],
  ['in_review', 10],
  ['bureau_pending', 12],
  ['bureau_approved', 28],
  ['bureau_rejected', 5],
  ['rejected', 15],
];

const TYPE_WEIGHTS: readonly (readonly [OrderType, number])[] = [
  ['new_filing', 50],
  ['access_filing', 15],
  ['add_website', 15],
  ['add_access', 8],
  ['change', 12],
];

const UNIT_NATURES: readonly (readonly [SubjectNature, number])[] = [
  ['enterprise', 75],
  ['government', 5],
  ['institution', 6],
  ['social_group', 5],
  ['private_non_enterprise', 4],
  ['foundation', 2],
  ['law_firm', 3],
];

const PERSONAL_CERTIFICATES: readonly (readonly [CertificateType, number])[] = [
  ['resident_id', 92],
  ['hk_macao_permit', 3],
  ['taiwan_permit', 2],
  ['passport', 3],
];

/** The first orders cover every status, type, unit nature and personal certificate for sure. */
function forcedTraits(index: number): Partial<OrderPlan> {
  const traits: Partial<OrderPlan> = {};
  if (index < ORDER_STATUSES.length) traits.status = ORDER_STATUSES[index];
  if (index < ORDER_TYPES.length) traits.type = ORDER_TYPES[index];
  const natures = UNIT_NATURES.map(([n]) => n);
  const unitSlot = index - ORDER_STATUSES.length;
  if (unitSlot >= 0 && unitSlot < natures.length) {
    traits.filerKind = 'organization';
    traits.nature = natures[unitSlot];
  }
  const personalSlot = unitSlot - natures.length;
  const certificates = PERSONAL_CERTIFICATES.map(([c]) => c);
  if (personalSlot >= 0 && personalSlot < certificates.length) {
    traits.filerKind = 'personal';
    traits.certificateType = certificates[personalSlot];
  }
  return traits;
}

/** Orders whose traits `forcedTraits` fixes; defects are planted only after them. */
const FORCED_COUNT = ORDER_STATUSES.length + UNIT_NATURES.length + PERSONAL_CERTIFICATES.length;

function chooseDefect(rng: Rng, status: OrderStatus, defectOrdinal: number): Defect | null {
  // The first open orders after the forced ones carry each defect once in turn, so that even a
  // small data set has them all; later ones get a random defect or none.
  if (defectOrdinal < DEFECTS.length) return DEFECTS[defectOrdinal] ?? null;
  return rng.chance(status === 'pending_review' ? 0.3 : 0.2) ? rng.pick(DEFECTS) : null;
}

interface Counters {
  open: number;
  pending: number;
  defects: number;
}

/** Special timelines for the first pending orders: call-backs due and not yet due, a deadline close. */
function pendingSpecial(ordinal: number): 'callback_due' | 'callback_not_due' | 'due_soon' | null {
  return ordinal === 1
    ? 'callback_due'
    : ordinal === 2
      ? 'callback_not_due'
      : ordinal === 3
        ? 'due_soon'
        : null;
}

function planOne(
  rng: Rng,
  index: number,
  status: OrderStatus,
  context: { anchor: number; openCount: number; counters: Counters },
): OrderPlan {
  const forced = forcedTraits(index);
  const open = status === 'pending_review' || status === 'in_review';
  const { counters } = context;
  let defect: Defect | null = null;
  if (open && index >= FORCED_COUNT) {
    defect = chooseDefect(rng, status, counters.defects);
    counters.defects += 1;
  }
  const filerKind: FilerKind =
    (defect && DEFECT_FILER[defect]) ??
    forced.filerKind ??
    (rng.chance(0.55) ? 'personal' : 'organization');
  const nature: SubjectNature =
    filerKind === 'personal' ? 'personal' : (forced.nature ?? rng.weighted(UNIT_NATURES));
  const certificateType: CertificateType =
    filerKind === 'organization' || (defect && DEFECT_NEEDS_RESIDENT_ID.has(defect))
      ? 'resident_id'
      : (forced.certificateType ?? rng.weighted(PERSONAL_CERTIFICATES));
  const province = (defect && DEFECT_PROVINCE[defect]) ?? rng.weighted(PROVINCE_WEIGHTS);
  const type = forced.type ?? rng.weighted(TYPE_WEIGHTS);
  const revisionCount =
    open || status === 'rejected'
      ? rng.weighted([
          [1, 85],
          [2, 12],
          [3, 3],
        ] as const)
      : rng.chance(0.08)
        ? 2
        : 1;
  let timeline: Pick<OrderPlan, 'revisions' | 'bureau'>;
  if (open) {
    const special = status === 'pending_review' ? pendingSpecial(counters.pending) : null;
    if (status === 'pending_review') counters.pending += 1;
    counters.open += 1;
    timeline = planOpenTimeline(rng, {
      status,
      revisionCount,
      anchor: context.anchor,
      submittedAt: openSubmissionTime(
        rng,
        context.anchor,
        context.openCount,
        special === 'due_soon',
      ),
      callback:
        special === 'callback_due' ? 'due' : special === 'callback_not_due' ? 'not_due' : null,
    });
  } else {
    timeline = planDecidedTimeline(rng, { status, revisionCount, anchor: context.anchor });
  }
  return {
    index,
    id: '',
    status,
    type,
    filerKind,
    nature,
    certificateType,
    province,
    defect,
    ...timeline,
  };
}

export function planOrders(count: number, anchor: number, rng: Rng): OrderPlan[] {
  const statuses: OrderStatus[] = [];
  for (let i = 0; i < count; i += 1) {
    statuses.push(forcedTraits(i).status ?? rng.weighted(STATUS_WEIGHTS));
  }
  const openCount = statuses.filter((s) => s === 'pending_review' || s === 'in_review').length;
  const counters: Counters = { open: 0, pending: 0, defects: 0 };
  return statuses.map((status, index) =>
    planOne(rng, index, status, { anchor, openCount, counters }),
  );
}
