import { runChecks } from '../../src/domain/checks/runChecks';
import { leaseExpiry } from '../../src/domain/claimLease';
import { bureauDueAt, initialReviewDueAt } from '../../src/domain/sla';
import { cstIso, flattenStrings } from './compact';
import type { BureauInfo, Order, Subject, Website } from '../../src/domain/types';

import { orderExtras, streamsOf, type OrderCore } from './core';
import { rejectionsOf } from './history';
import { BUILDINGS, placesOf, STREETS } from './places';
import { homeStreet, localityText, mailingAddress, personDetails } from './people';
import { principalOf, type Party } from './parties';
import type { OrderPlan } from './plan';
import type { Rng } from './prng';
import { makeCloudResource } from './resources';
import { domainRecordOf, submittedAtOf } from './domainRecords';
import { seededRevisionChanges } from './resubmission';

/** The top-level fields of an order: what lists sort and filter by. */
export type OrderSummary = Pick<
  Order,
  | 'id'
  | 'type'
  | 'filerKind'
  | 'province'
  | 'status'
  | 'assigneeId'
  | 'claimedAt'
  | 'submittedAt'
  | 'slaDueAt'
  | 'revision'
  | 'version'
  | 'updatedAt'
>;

/** The full content of a seeded order, built from its plan and core when first needed. */

export interface BuildContext {
  seed: number;
  anchorDate: string;
  /** The instant the data set is generated at (epoch ms). */
  anchor: number;
}

/** Seeded claims were taken or renewed up to the anchor: their leases run from there. */
export function seededLeaseExpiresAt(status: Order['status'], anchor: number): string | null {
  return status === 'in_review' ? cstIso(leaseExpiry(new Date(anchor)).getTime()) : null;
}

function officeStreet(rng: Rng): string {
  return `${rng.pick(STREETS)}${rng.int(1, 999)}号${rng.pick(BUILDINGS)}${rng.int(1, 28)}${String(rng.int(1, 20)).padStart(2, '0')}室`;
}

/** Summary facts of the audit trail, without building it: the version and the last change. */
export function historyStats(plan: OrderPlan): { events: number; lastAt: number } {
  let events = 0;
  let lastAt = 0;
  const seen = (at: number | null) => {
    if (at === null) return;
    events += 1;
    if (at > lastAt) lastAt = at;
  };
  for (const revision of plan.revisions) {
    seen(revision.submittedAt);
    if (revision.claimedAt === null || revision.reviewerId === null) continue;
    seen(revision.claimedAt);
    for (const call of revision.calls) seen(call.at);
    seen(revision.releasedAt);
    seen(revision.decidedAt);
  }
  if (plan.bureau?.decidedAt != null && plan.bureau.result) seen(plan.bureau.decidedAt);
  return { events, lastAt };
}

/** The top-level fields of an order, from its plan alone (what lists sort and filter by). */
export function orderSummary(plan: OrderPlan): OrderSummary {
  const current = plan.revisions[plan.revisions.length - 1];
  if (!current) throw new Error('an order plan needs a revision');
  const held = plan.status !== 'pending_review';
  const due = initialReviewDueAt(new Date(current.submittedAt));
  const stats = historyStats(plan);
  return {
    id: plan.id,
    type: plan.type,
    filerKind: plan.filerKind,
    province: plan.province,
    status: plan.status,
    assigneeId: held ? current.reviewerId : null,
    claimedAt: held && current.claimedAt !== null ? cstIso(current.claimedAt) : null,
    submittedAt: cstIso(current.submittedAt),
    slaDueAt: due ? cstIso(due.getTime()) : null,
    revision: current.revision,
    version: stats.events,
    updatedAt: cstIso(stats.lastAt),
  };
}

export function buildOrder(plan: OrderPlan, core: OrderCore, context: BuildContext): Order {
  const streams = streamsOf(context.seed, plan.index);
  const details = streams('details');
  const summary = orderSummary(plan);
  const { unit, locality, parties } = core;
  const extras = orderExtras(plan, core.sites.length, context);
  const mailDomain = unit ? (core.sites[0]?.domains[0] ?? null) : null;
  const principal = (party: Party) =>
    principalOf(
      party,
      personDetails(streams('personDetails', party.slot), party.person, context.anchorDate),
      streams('email', party.slot),
      mailDomain,
    );
  const subjectPrincipal = principal(parties.subjectParty);
  const street = unit ? officeStreet(details) : homeStreet(details);
  const subject: Subject = {
    nature: plan.nature,
    name: core.subjectName,
    certificateType: unit?.certificateType ?? parties.subjectParty.person.certificateType,
    certificateNumber: core.subjectCertificateNumber,
    certificateAddress: unit
      ? `${localityText(locality)}${street}`
      : subjectPrincipal.certificateAddress,
    mailingAddress: mailingAddress(locality, street),
    legalRepresentative: parties.legalRepresentative?.name ?? null,
    investor: unit ? unit.investor || (parties.legalRepresentative?.name ?? '') : core.subjectName,
    remark: '',
  };
  const websites: Website[] = core.sites.map((draft, i) => {
    const party = parties.siteParties[i] ?? parties.subjectParty;
    return {
      id: `W${i + 1}`,
      name: draft.name,
      domains: draft.domains,
      homepageUrl: `https://www.${draft.domains[0] ?? ''}`,
      serviceContent: draft.serviceContent,
      languages: ['中文简体'],
      preApprovals: draft.preApprovals,
      principal: party === parties.subjectParty ? subjectPrincipal : principal(party),
      remark: '',
      existingFilingNumber: extras.numbers.existingSites[i] ?? null,
      domainRecord: domainRecordOf(streams('domainRecord', i), subject, submittedAtOf(plan)),
    };
  });
  const current = plan.revisions[plan.revisions.length - 1] ?? plan.revisions[0];
  const cloudResource = makeCloudResource(streams('resource'), {
    region: placesOf(plan.province).cloudRegion,
    submittedAt: current?.submittedAt ?? 0,
    defect: plan.defect,
  });
  const bureauDue = plan.bureau
    ? bureauDueAt(new Date(plan.bureau.submittedAt), plan.province)
    : null;
  const bureau: BureauInfo | null = plan.bureau
    ? {
        provinceCode: plan.province,
        submittedAt: cstIso(plan.bureau.submittedAt),
        dueAt: bureauDue ? cstIso(bureauDue.getTime()) : null,
        result: plan.bureau.result,
        filingNumbers: plan.bureau.result === 'approved' ? extras.numbers.issued : [],
        reason: extras.bureauReason,
        decidedAt: plan.bureau.decidedAt === null ? null : cstIso(plan.bureau.decidedAt),
      }
    : null;
  const order: Order = {
    ...summary,
    leaseExpiresAt: seededLeaseExpiresAt(summary.status, context.anchor),
    accountId: extras.accountId,
    verification: {
      provinceCode: plan.province,
      nature: plan.nature,
      certificateType: subject.certificateType,
      certificateNumber: subject.certificateNumber,
      domain: websites[0]?.domains[0] ?? '',
      resourceKind: cloudResource.kind,
      existingSubjectFilingNumber: extras.numbers.existingSubject,
    },
    subject,
    subjectPrincipal,
    websites,
    cloudResource,
    checks: [],
    bureau,
    rejections: rejectionsOf(plan),
  };
  const revisionChanges = seededRevisionChanges(order);
  if (revisionChanges) order.revisionChanges = revisionChanges;
  // The order's own checks; the store recomputes them with materials and calls when the order is
  // read (mocks/orders/orderChecks.ts).
  order.checks = runChecks(order);
  return flattenStrings(order);
}
