import regions from '../rules/regions.json';

/**
 * GB/T 2260 region codes. The table holds every province and prefecture (current and retired) and
 * the county codes the data set uses; a county code under a known prefecture is accepted, since IDs
 * keep the code they were issued with and the full county table is not shipped.
 */
const PROVINCES = new Map(Object.entries(regions.provinces));
const PREFECTURES = new Set(regions.prefectures);
const COUNTIES = new Set(regions.counties);
const RETIRED = new Map(Object.entries(regions.retired));

export type RegionStatus =
  | 'known'
  | 'retired'
  | 'prefecture_only'
  | 'unknown_prefecture'
  | 'no_province';

export function regionStatus(code: string): RegionStatus {
  if (!/^\d{6}$/.test(code) || !PROVINCES.has(code.slice(0, 2))) return 'no_province';
  if (RETIRED.has(code)) return 'retired';
  if (COUNTIES.has(code)) return 'known';
  if (!PREFECTURES.has(code.slice(0, 4))) return 'unknown_prefecture';
  return 'prefecture_only';
}

export function provinceName(prefix: string): string | undefined {
  return PROVINCES.get(prefix);
}
