import { toTraditional } from '../../src/domain/crossCheck';
import type { MaterialKind, Order } from '../../src/domain/types';
import { shiftDay } from './compact';
import { createRng, hashSeed } from './prng';

/**
 * Defects planted in uploaded materials, visible in the image AND in what the recognition service
 * extracted, so the viewer's cross-check has something to point at. At most one per open order,
 * chosen from the order id and the seed alone (materials are built lazily), and recorded in
 * `seedMaterialDefects` as each order's materials are built, for tests to check every mark.
 */
export const MATERIAL_DEFECTS = [
  'NAME_MISMATCH',
  'NUMBER_MISMATCH',
  'NEAR_MATCH',
  'EXPIRED',
  'UPSIDE_DOWN',
  'BACKGROUND',
  'SECOND_PERSON',
  'MISSING',
] as const;
export type MaterialDefect = (typeof MATERIAL_DEFECTS)[number];

/** Where a planted defect shows: the material and the extracted field a reviewer should see marked. */
export interface MaterialDefectRecord {
  defect: MaterialDefect;
  /** The affected material's id; for MISSING, the kind and owner that are absent. */
  materialId: string | null;
  kind: MaterialKind;
  owner: string;
  field: string | null;
}

export const seedMaterialDefects = new Map<string, MaterialDefectRecord>();

/** The material defect planted in an order, if any: about a third of the orders still open. */
export function materialDefectOf(order: Order, seed: number): MaterialDefect | null {
  if (order.status !== 'pending_review' && order.status !== 'in_review') return null;
  const rng = createRng(hashSeed(seed, 'materialDefect', order.id, order.revision));
  if (!rng.chance(0.4)) return null;
  return rng.pick(MATERIAL_DEFECTS);
}

interface Draft {
  kind: MaterialKind;
  owner: string;
  extracted: Record<string, string>;
}

const IDENTITY: readonly MaterialKind[] = ['id_card_front', 'passport', 'travel_permit'];

/** A different name of the same length: the surname kept, the given name changed. */
function otherName(name: string): string {
  const given = ['伟', '芳', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟'];
  const last = name.at(-1) ?? '';
  const swap = given.find((c) => c !== last) ?? '伟';
  return name.length > 1 ? `${name.slice(0, -1)}${swap}` : `${name}${swap}`;
}

/** Two neighbouring digits swapped (or one changed): a typo a tired eye misses. */
function otherNumber(number: string): string {
  const chars = [...number];
  for (let i = chars.length - 3; i > 0; i -= 1) {
    if (chars[i] !== chars[i - 1]) {
      [chars[i], chars[i - 1]] = [chars[i - 1] ?? '', chars[i] ?? ''];
      return chars.join('');
    }
  }
  chars[1] = chars[1] === '1' ? '2' : '1';
  return chars.join('');
}

/** Full-width digits, or the traditional spelling, of a value: the same text to a careless check. */
function nearly(value: string): string {
  const traditional = toTraditional(value);
  if (traditional !== value) return traditional;
  const wide = value.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return wide !== value ? wide : `${value.slice(0, 1)} ${value.slice(1)}`;
}

/**
 * Plants the defect in the drafts (mutating them) and says where it shows. `signed` is the day the
 * applicant signed (the order's submission day).
 */
export function plantMaterialDefect(
  defect: MaterialDefect,
  drafts: Draft[],
  signed: string,
): Omit<MaterialDefectRecord, 'materialId'> & { index: number } {
  const identity = drafts.findIndex((d) => IDENTITY.includes(d.kind));
  const photo = drafts.findIndex((d) => d.kind === 'verification_photo');
  const at = (index: number, field: string | null) => ({
    defect,
    index,
    kind: drafts[index]?.kind ?? 'commitment_letter',
    owner: drafts[index]?.owner ?? 'subject',
    field,
  });
  const set = (index: number, field: string, value: string) => {
    const draft = drafts[index];
    if (draft) draft.extracted[field] = value;
  };
  const get = (index: number, field: string) => drafts[index]?.extracted[field] ?? '';
  switch (defect) {
    case 'NAME_MISMATCH':
      set(identity, 'name', otherName(get(identity, 'name')));
      return at(identity, 'name');
    case 'NUMBER_MISMATCH':
      set(identity, 'number', otherNumber(get(identity, 'number')));
      return at(identity, 'number');
    case 'NEAR_MATCH': {
      const field = drafts[identity]?.kind === 'id_card_front' ? 'address' : 'name';
      set(identity, field, nearly(get(identity, field)));
      return at(identity, field);
    }
    case 'EXPIRED': {
      const back = drafts.findIndex((d) => d.kind === 'id_card_back');
      const index = back >= 0 ? back : identity;
      set(index, 'validTo', shiftDay(signed, -40));
      return at(index, 'validTo');
    }
    case 'UPSIDE_DOWN':
      set(identity, 'orientation', '180');
      return at(identity, 'orientation');
    case 'BACKGROUND':
      set(photo, 'background', '蓝色');
      return at(photo, 'background');
    case 'SECOND_PERSON':
      set(photo, 'persons', '2');
      return at(photo, 'persons');
    case 'MISSING': {
      const letter = drafts.findIndex((d) => d.kind === 'commitment_letter');
      const record = at(letter, null);
      drafts.splice(letter, 1);
      return record;
    }
  }
}
