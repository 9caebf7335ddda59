import { normalizeMobile } from '../../src/domain/identity';
import { normalizeCertificate, normalizeDomain } from '../../src/domain/lookup';
import type { Order } from '../../src/domain/types';
import { orderExtras, type OrderCore } from '../seed/core';
import type { OrderPlan } from '../seed/plan';

/** What the lookup finds an order by, normalised: the same from a seed core as from the full order. */
export interface LookupKeys {
  id: string;
  subjectName: string;
  /** The subject's certificate number: orders with the same one are the same subject. */
  subjectCertificate: string;
  domains: string[];
  /** Normalised (`normalizeMobile`): mobiles, emergency phones and landlines. */
  phones: string[];
  certificates: string[];
  filingNumbers: string[];
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

function domainKey(domain: string): string {
  return normalizeDomain(domain) ?? domain.toLowerCase();
}

export function orderLookupKeys(order: Order): LookupKeys {
  const principals = [order.subjectPrincipal, ...order.websites.map((site) => site.principal)];
  return {
    id: order.id,
    subjectName: order.subject.name,
    subjectCertificate: normalizeCertificate(order.subject.certificateNumber),
    domains: unique(order.websites.flatMap((site) => site.domains.map(domainKey))),
    phones: unique(
      principals.flatMap((p) =>
        [p.mobile, p.emergencyPhone, p.landline].map((phone) => phone && normalizeMobile(phone)),
      ),
    ),
    certificates: unique(
      [order.subject.certificateNumber, ...principals.map((p) => p.certificateNumber)].map(
        normalizeCertificate,
      ),
    ),
    filingNumbers: unique([
      order.verification.existingSubjectFilingNumber,
      ...order.websites.map((site) => site.existingFilingNumber),
      ...(order.bureau?.filingNumbers ?? []),
    ]),
  };
}

/** The filing numbers of a seeded order (they need the order's extras: built only when asked for). */
export function coreFilingNumbers(
  plan: OrderPlan,
  core: OrderCore,
  context: { seed: number; anchorDate: string },
): string[] {
  const extras = orderExtras(plan, core.sites.length, context);
  return unique([
    extras.numbers.existingSubject,
    ...core.sites.map((_, i) => extras.numbers.existingSites[i]),
    ...(plan.bureau?.result === 'approved' ? extras.numbers.issued : []),
  ]);
}

/**
 * The same keys from the seed's plan and core, without building the order; `filingNumbers` is
 * null until asked for (see `coreFilingNumbers`).
 */
export function coreLookupKeys(
  id: string,
  core: OrderCore,
): Omit<LookupKeys, 'filingNumbers'> & { filingNumbers: string[] | null } {
  const parties = [core.parties.subjectParty, ...core.parties.siteParties];
  return {
    id,
    subjectName: core.subjectName,
    subjectCertificate: normalizeCertificate(core.subjectCertificateNumber),
    domains: unique(core.sites.flatMap((site) => site.domains.map(domainKey))),
    phones: unique(
      parties.flatMap((p) =>
        [p.contact.mobile, p.contact.emergencyPhone, p.contact.landline].map(
          (phone) => phone && normalizeMobile(phone),
        ),
      ),
    ),
    certificates: unique(
      [core.subjectCertificateNumber, ...parties.map((p) => p.person.certificateNumber)].map(
        normalizeCertificate,
      ),
    ),
    filingNumbers: null,
  };
}
