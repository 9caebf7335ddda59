import type { FilerKind } from '../../src/domain/types';

/**
 * The deliberate defects the seed plants in some open orders, one per defective order, so that the
 * automatic checks (domain.md §11) have something to find. They are recorded outside the API, in
 * `seedDefects`, for tests to compare the checks against; orders without a defect are "clean".
 */
export const DEFECTS = [
  'ID_CHECKSUM',
  'ID_BIRTH_DATE',
  'UNDERAGE',
  'USCC_CHECKSUM',
  'ID_PROVINCE_MISMATCH',
  'PHONE_SHARED',
  'TLD_NOT_APPROVED',
  'SITE_NAME',
  'RESOURCE_EXPIRED',
  'RESOURCE_POSTPAID',
  'RESOURCE_OVERSEAS',
  'PRINCIPAL_NOT_LEGAL_REP',
] as const;
export type PlannedDefect = (typeof DEFECTS)[number];
/**
 * Orders whose applicant text is hostile (markup, control characters, …; `mocks/seed/hostile.ts`)
 * are recorded too: their site name fails the site-name check.
 */
export const HOSTILE_TEXT = 'HOSTILE_TEXT';
export type Defect = PlannedDefect | typeof HOSTILE_TEXT;

/** Which filer a defect needs; null where it fits both. */
export const DEFECT_FILER: Readonly<Record<PlannedDefect, FilerKind | null>> = {
  ID_CHECKSUM: null,
  ID_BIRTH_DATE: null,
  UNDERAGE: 'personal',
  USCC_CHECKSUM: 'organization',
  ID_PROVINCE_MISMATCH: 'personal',
  PHONE_SHARED: null,
  TLD_NOT_APPROVED: null,
  SITE_NAME: 'personal',
  RESOURCE_EXPIRED: null,
  RESOURCE_POSTPAID: null,
  RESOURCE_OVERSEAS: null,
  PRINCIPAL_NOT_LEGAL_REP: 'organization',
};

/** Defects that only make sense in one province: 粤 requires a unit principal to be the legal rep. */
export const DEFECT_PROVINCE: Partial<Record<PlannedDefect, string>> = {
  PRINCIPAL_NOT_LEGAL_REP: '44',
};

/** Defects about the resident ID need its holder to carry one. */
export const DEFECT_NEEDS_RESIDENT_ID: ReadonlySet<PlannedDefect> = new Set([
  'ID_CHECKSUM',
  'ID_BIRTH_DATE',
  'UNDERAGE',
  'ID_PROVINCE_MISMATCH',
]);

/** The order ids of the current data set with their planted defects (empty for clean orders). */
export const seedDefects = new Map<string, Defect[]>();
