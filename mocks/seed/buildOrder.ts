import { runChecks } from '../../src/domain/checks/runChecks';
import { provinceByCode } from '../../src/domain/provinces';
import { bureauDueAt, initialReviewDueAt } from '../../src/domain/sla';
import { cstIso, flattenStrings } from './compact';
import type { BureauInfo, CheckResult, Order, Subject, Website } from '../../src/domain/types';
import { buildHistory, BUREAU_REJECTIONS, type History } from './history';
import { BUILDINGS, placesOf, STREETS } from './places';
import { corruptUsccCheck, uscc } from './identity';
import { homeStreet, localityText, mailingAddress, pickLocality } from './people';
import { makeParties, type Parties } from './parties';
import type { OrderPlan } from './plan';
import { createRng, hashSeed, type Rng } from './prng';
import { makeCloudResource, planFilingNumbers } from './resources';
import { makeUnit, type Unit } from './units';
import { makeSites } from './websites';

/** Phase two of the seed: the content of one planned order, from its own PRNG. */

export interface BuildContext {
  seed: number;
  anchor: number;
  anchorDate: string;
  usedMobiles: Set<string>;
  usedDomains: Set<string>;
}

export interface BuiltOrder {
  order: Order;
  history: History;
  parties: Parties;
}

// Check results are identical across most orders: one shared object each saves memory at 100k.
const sharedChecks = new Map<string, CheckResult>();
function shared(check: CheckResult): CheckResult {
  const key = `${check.id}|${check.status}|${check.field ?? ''}|${check.message}`;
  let existing = sharedChecks.get(key);
  if (!existing) {
    existing = check;
    sharedChecks.set(key, check);
  }
  return existing;
}

function officeStreet(rng: Rng): string {
  return `${rng.pick(STREETS)}${rng.int(1, 999)}号${rng.pick(BUILDINGS)}${rng.int(1, 28)}${String(rng.int(1, 20)).padStart(2, '0')}室`;
}

function siteCount(rng: Rng, plan: OrderPlan): number {
  if (plan.filerKind === 'personal') return rng.chance(0.85) ? 1 : 2;
  return rng.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
}

function makeSubject(
  plan: OrderPlan,
  parties: Parties,
  unit: Unit | null,
  address: { certificate: string; mailing: Subject['mailingAddress'] },
  certificateNumber: string,
): Subject {
  const person = parties.subjectParty.person;
  return {
    nature: plan.nature,
    name: unit?.name ?? person.name,
    certificateType: unit?.certificateType ?? person.certificateType,
    certificateNumber,
    certificateAddress: address.certificate,
    mailingAddress: address.mailing,
    legalRepresentative: parties.legalRepresentative?.name ?? null,
    investor: unit ? unit.investor || (parties.legalRepresentative?.name ?? '') : person.name,
    remark: '',
  };
}

export function buildOrder(plan: OrderPlan, context: BuildContext): BuiltOrder {
  const rng = createRng(hashSeed(context.seed, 'order', plan.index));
  const current = plan.revisions[plan.revisions.length - 1];
  const first = plan.revisions[0];
  if (!current || !first) throw new Error('an order plan needs a revision');
  const locality = pickLocality(rng, plan.province);
  const unit = plan.filerKind === 'organization' ? makeUnit(rng, plan.nature, locality) : null;
  const count = siteCount(rng, plan);
  const icpChar = provinceByCode(plan.province)?.icpChar ?? '';
  const drafts = makeSites(rng, {
    unit,
    count,
    defect: plan.defect,
    usedDomains: context.usedDomains,
    icpChar,
  });
  const parties = makeParties(rng, plan, {
    anchorDate: context.anchorDate,
    locality,
    usedMobiles: context.usedMobiles,
    siteCount: count,
    mailDomain: unit ? (drafts[0]?.domains[0] ?? null) : null,
  });
  let certificateNumber = parties.subjectParty.person.certificateNumber;
  if (unit) {
    certificateNumber = uscc(unit.registration, locality.district.code, rng);
    if (plan.defect === 'USCC_CHECKSUM')
      certificateNumber = corruptUsccCheck(certificateNumber, rng);
  }
  const street = unit ? officeStreet(rng) : homeStreet(rng);
  const certificateAddress = unit
    ? `${localityText(locality)}${street}`
    : parties.subjectParty.person.idAddress;
  const subject = makeSubject(
    plan,
    parties,
    unit,
    { certificate: certificateAddress, mailing: mailingAddress(locality, street) },
    certificateNumber,
  );
  const numbers = planFilingNumbers(rng, {
    province: plan.province,
    type: plan.type,
    siteCount: count,
    anchorYear: Number(context.anchorDate.slice(0, 4)),
  });
  const websites: Website[] = drafts.map((draft, i) => ({
    id: `W${i + 1}`,
    name: draft.name,
    domains: draft.domains,
    homepageUrl: `https://www.${draft.domains[0] ?? ''}`,
    serviceContent: draft.serviceContent,
    languages: ['中文简体'],
    preApprovals: draft.preApprovals,
    principal: (parties.siteParties[i] ?? parties.subjectParty).principal,
    remark: '',
    existingFilingNumber: numbers.existingSites[i] ?? null,
  }));
  const cloudResource = makeCloudResource(rng, {
    region: placesOf(plan.province).cloudRegion,
    submittedAt: current.submittedAt,
    defect: plan.defect,
  });
  const accountId = `1000${rng.digits(8)}`;
  const bureauReason = plan.bureau?.result === 'rejected' ? rng.pick(BUREAU_REJECTIONS) : null;
  const bureauDue = plan.bureau
    ? bureauDueAt(new Date(plan.bureau.submittedAt), plan.province)
    : null;
  const bureau: BureauInfo | null = plan.bureau
    ? {
        provinceCode: plan.province,
        submittedAt: cstIso(plan.bureau.submittedAt),
        dueAt: bureauDue ? cstIso(bureauDue.getTime()) : null,
        result: plan.bureau.result,
        filingNumbers: plan.bureau.result === 'approved' ? numbers.issued : [],
        reason: bureauReason,
        decidedAt: plan.bureau.decidedAt === null ? null : cstIso(plan.bureau.decidedAt),
      }
    : null;
  const history = buildHistory(
    plan,
    { id: plan.id, accountId, province: plan.province },
    { filingNumbers: numbers.issued, reason: bureauReason },
  );
  const lastEvent = history.events[history.events.length - 1];
  const held = plan.status !== 'pending_review';
  const slaDueAt = initialReviewDueAt(new Date(current.submittedAt));
  const order: Order = {
    id: plan.id,
    type: plan.type,
    filerKind: plan.filerKind,
    province: plan.province,
    status: plan.status,
    assigneeId: held ? current.reviewerId : null,
    claimedAt: held && current.claimedAt !== null ? cstIso(current.claimedAt) : null,
    submittedAt: cstIso(current.submittedAt),
    slaDueAt: slaDueAt ? cstIso(slaDueAt.getTime()) : null,
    revision: current.revision,
    version: history.events.length,
    updatedAt: lastEvent ? lastEvent.at : cstIso(current.submittedAt),
    accountId,
    verification: {
      provinceCode: plan.province,
      nature: plan.nature,
      certificateType: subject.certificateType,
      certificateNumber: subject.certificateNumber,
      domain: websites[0]?.domains[0] ?? '',
      resourceKind: cloudResource.kind,
      existingSubjectFilingNumber: numbers.existingSubject,
    },
    subject,
    subjectPrincipal: parties.subjectParty.principal,
    websites,
    cloudResource,
    checks: [],
    bureau,
    rejections: history.rejections,
  };
  order.checks = runChecks(order).map(shared);
  flattenStrings(order);
  flattenStrings(history);
  return { order, history, parties };
}
