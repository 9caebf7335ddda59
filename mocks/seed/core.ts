import { provinceByCode } from '../../src/domain/provinces';
import { normalizeMobile } from '../../src/domain/identity';
import { BUREAU_REJECTIONS } from './history';
import { corruptUsccCheck, uscc } from './identity';
import { makeParties, type Parties, type Streams } from './parties';
import { pickLocality, type Locality } from './people';
import type { OrderPlan } from './plan';
import { createRng, hashSeed, type Rng } from './prng';
import { planFilingNumbers, type FilingNumbers } from './resources';
import { makeUnit, type Unit } from './units';
import { makeSites, type SiteDraft } from './websites';

/**
 * The core of a seeded order: who files, for which sites, and how to reach them. It is what lists,
 * filters and search need, so it is generated for every order when the data set is built, in one
 * pass that keeps phones and domains unique. Everything else is built from it on demand, from PRNG
 * streams of its own, so that a full order comes out the same whenever it is first asked for.
 */

export interface OrderCore {
  locality: Locality;
  unit: Unit | null;
  sites: SiteDraft[];
  parties: Parties;
  subjectName: string;
  subjectCertificateNumber: string;
}

export interface CoreContext {
  seed: number;
  anchorDate: string;
  usedMobiles: Set<string>;
  usedDomains: Set<string>;
  /** Units filed so far, by province and nature: a later order may be the same subject's again. */
  filedUnits?: Map<string, Pick<OrderCore, 'locality' | 'unit' | 'subjectCertificateNumber'>[]>;
}

/**
 * Orders that add to or change an existing filing (新增网站, 变更, 新增接入) sometimes come from a
 * unit with an earlier order in the data set: support is asked about "our other filings", and the
 * support view lists a subject's orders by its certificate number.
 */
const REPEAT_SUBJECT_SHARE = 0.35;

function earlierUnit(plan: OrderPlan, context: CoreContext, streams: Streams) {
  if (plan.filerKind !== 'organization' || plan.type === 'new_filing' || plan.defect) return null;
  const candidates = context.filedUnits?.get(`${plan.province} ${plan.nature}`) ?? [];
  const rng = streams('repeatSubject');
  if (candidates.length === 0 || !rng.chance(REPEAT_SUBJECT_SHARE)) return null;
  return rng.pick(candidates);
}

export function streamsOf(seed: number, index: number): Streams {
  return (purpose, slot = 0) => createRng(hashSeed(seed, index, purpose, slot));
}

function siteCount(rng: Rng, plan: OrderPlan): number {
  if (plan.filerKind === 'personal') return rng.chance(0.85) ? 1 : 2;
  return rng.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
}

export function orderCore(plan: OrderPlan, context: CoreContext): OrderCore {
  const streams = streamsOf(context.seed, plan.index);
  const repeat = earlierUnit(plan, context, streams);
  const place = streams('place');
  const locality = repeat?.locality ?? pickLocality(place, plan.province);
  const unit =
    repeat?.unit ??
    (plan.filerKind === 'organization' ? makeUnit(streams('unit'), plan.nature, locality) : null);
  const sitesRng = streams('sites');
  const count = siteCount(sitesRng, plan);
  const sites = makeSites(sitesRng, {
    unit,
    count,
    defect: plan.defect,
    usedDomains: context.usedDomains,
    icpChar: provinceByCode(plan.province)?.icpChar ?? '',
  });
  const parties = makeParties(streams, plan, {
    anchorDate: context.anchorDate,
    locality,
    usedMobiles: context.usedMobiles,
    siteCount: count,
  });
  let subjectCertificateNumber = parties.subjectParty.person.certificateNumber;
  if (repeat) {
    subjectCertificateNumber = repeat.subjectCertificateNumber;
  } else if (unit) {
    const codes = streams('uscc');
    subjectCertificateNumber = uscc(unit.registration, locality.district.code, codes);
    if (plan.defect === 'USCC_CHECKSUM') {
      subjectCertificateNumber = corruptUsccCheck(subjectCertificateNumber, codes);
    }
  }
  if (unit && !repeat && !plan.defect && context.filedUnits) {
    const key = `${plan.province} ${plan.nature}`;
    const list = context.filedUnits.get(key) ?? [];
    list.push({ locality, unit, subjectCertificateNumber });
    context.filedUnits.set(key, list);
  }
  return {
    locality,
    unit,
    sites,
    parties,
    subjectName: unit?.name ?? parties.subjectParty.person.name,
    subjectCertificateNumber,
  };
}

/** What search matches, from the core alone (the same values the full order will carry). */
export function coreSearchKeys(
  id: string,
  core: OrderCore,
): { publicParts: string[]; secrets: string[] } {
  const publicParts = [id, core.subjectName];
  for (const site of core.sites) for (const domain of site.domains) publicParts.push(domain);
  const secrets = [core.subjectCertificateNumber];
  for (const party of [core.parties.subjectParty, ...core.parties.siteParties]) {
    secrets.push(party.person.certificateNumber);
    for (const phone of [
      party.contact.mobile,
      party.contact.emergencyPhone,
      party.contact.landline,
    ]) {
      if (phone) secrets.push(normalizeMobile(phone));
    }
  }
  return { publicParts, secrets };
}

/** Facts of an order that its audit trail needs too: the account, filing numbers, bureau reason. */
export interface OrderExtras {
  accountId: string;
  numbers: FilingNumbers;
  bureauReason: string | null;
}

export function orderExtras(
  plan: OrderPlan,
  siteTotal: number,
  context: { seed: number; anchorDate: string },
): OrderExtras {
  const streams = streamsOf(context.seed, plan.index);
  return {
    accountId: `1000${streams('account').digits(8)}`,
    numbers: planFilingNumbers(streams('numbers'), {
      province: plan.province,
      type: plan.type,
      siteCount: siteTotal,
      anchorYear: Number(context.anchorDate.slice(0, 4)),
    }),
    bureauReason:
      plan.bureau?.result === 'rejected' ? streams('bureau').pick(BUREAU_REJECTIONS) : null,
  };
}
