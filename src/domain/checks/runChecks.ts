import { calendar as defaultCalendar, type WorkingCalendar } from '../calendar';
import provinceRules from '../rules/provinceRules.json';
import { cstDate } from '../time';
import type { CallAttempt, CheckResult, Material, Order, Principal } from '../types';
import { checkLandline, checkMobile, checkPhonesDistinct, type RolePhone } from './contactChecks';
import {
  checkDomainExpiry,
  checkRealName,
  checkRegistrant,
  checkTld,
  type Registrant,
} from './domainChecks';
import {
  checkIdBirthDate,
  checkIdChecksum,
  checkIdProvince,
  checkIdRegion,
  checkUscc,
  checkUsccProvince,
} from './identityChecks';
import { checkMaterials, missingMaterials } from './materialChecks';
import { checkCalendar, checkLegalRep, checkOrderLimits, checkUnreachable } from './orderChecks';
import { checkResource } from './resourceChecks';
import { checkFilingNumber, checkPreApproval, checkSiteName } from './siteChecks';
import { RULESET_VERSION, toResult, type Target, type Verdict } from './verdict';

/**
 * The automatic pre-review checks (domain.md §11) of one order: every rule function applied to the
 * fields it concerns. Ids are the rule's name, with `.1`, `.2` for further persons, sites or domains,
 * so that an override names exactly one result. Data from outside the order (materials, calls, the
 * phone index, the account's other orders) comes in `context`; without it those rules assume none.
 */

export { RULESET_VERSION as CHECKS_RULESET_VERSION };

export interface CheckContext {
  materials?: readonly Material[];
  calls?: readonly CallAttempt[];
  /** Whether another filer of the data set gives this (normalised) phone. */
  phoneUsedByOtherFiler?: (phone: string) => boolean;
  /** The account's other orders in progress. */
  otherOpenOrders?: number;
  /** How many authorization codes the order's server has issued. */
  codesOnServer?: number;
  calendar?: WorkingCalendar;
}

const MINIMUM_AGE = provinceRules.minimumAge as Record<string, number> & { default: number };
const LANDLINE_REQUIRED = new Set(['32']);

interface Person {
  principal: Principal;
  path: string;
  owner: string;
}

function peopleOf(order: Order): Person[] {
  const people: Person[] = [
    { principal: order.subjectPrincipal, path: 'subjectPrincipal', owner: 'subjectPrincipal' },
  ];
  const seen = new Set([order.subjectPrincipal.certificateNumber]);
  order.websites.forEach((site, i) => {
    if (seen.has(site.principal.certificateNumber)) return;
    seen.add(site.principal.certificateNumber);
    people.push({
      principal: site.principal,
      path: `websites[${i}].principal`,
      owner: `website:${site.id}`,
    });
  });
  return people;
}

function filersOf(order: Order): Registrant[] {
  const person = (p: Principal): Registrant => ({
    names: [p.name],
    certificateType: p.certificateType,
    certificateNumber: p.certificateNumber,
  });
  const filers: Registrant[] = [
    {
      names: [order.subject.name],
      certificateType: order.subject.certificateType,
      certificateNumber: order.subject.certificateNumber,
    },
  ];
  if (order.filerKind === 'organization') filers.push(person(order.subjectPrincipal));
  return filers;
}

function rolePhones(people: readonly Person[]): RolePhone[] {
  const phones: RolePhone[] = [];
  people.forEach(({ principal }, i) => {
    const person = principal.certificateNumber;
    phones.push({ role: i === 0 ? 'principal' : 'siteOwner', person, phone: principal.mobile });
    if (principal.emergencyPhone)
      phones.push({ role: 'emergency', person, phone: principal.emergencyPhone });
  });
  return phones;
}

export function runChecks(order: Order, context: CheckContext = {}): CheckResult[] {
  const results: CheckResult[] = [];
  const counts = new Map<string, number>();
  const add = (rule: string, verdict: Verdict, target: Target, blocking = true) => {
    const n = counts.get(rule) ?? 0;
    counts.set(rule, n + 1);
    results.push(toResult(n === 0 ? rule : `${rule}.${n}`, verdict, target, blocking));
  };
  const cal = context.calendar ?? defaultCalendar;
  const materials = context.materials ?? [];
  // Without the materials at hand (the seed's own build), documents are assumed uploaded.
  const has = (kind: string, owner: string) =>
    !context.materials ||
    materials.some((m) => m.kind === kind && m.owner === owner && m.revision === order.revision);
  const onDate = cstDate(new Date(order.submittedAt));
  const minimumAge = MINIMUM_AGE[order.province] ?? MINIMUM_AGE.default;
  const people = peopleOf(order);
  const unit = order.filerKind === 'organization';

  for (const { principal, path } of people) {
    if (principal.certificateType !== 'resident_id') continue;
    const field = { field: `${path}.certificateNumber` };
    add('ID_CHECKSUM', checkIdChecksum(principal.certificateNumber), field);
    add('ID_BIRTH_DATE', checkIdBirthDate(principal.certificateNumber, onDate, minimumAge), field);
    add('ID_REGION', checkIdRegion(principal.certificateNumber), field);
  }
  if (!unit && order.subjectPrincipal.certificateType === 'resident_id') {
    add(
      'ID_PROVINCE',
      checkIdProvince(
        order.subjectPrincipal.certificateNumber,
        order.province,
        has('residence_permit', 'subjectPrincipal'),
      ),
      { field: 'province' },
    );
  }
  if (unit) {
    add('USCC_CHECKSUM', checkUscc(order.subject.certificateNumber), {
      field: 'subject.certificateNumber',
    });
    add(
      'USCC_PROVINCE',
      checkUsccProvince(order.subject.certificateNumber, order.province),
      { field: 'subject.certificateNumber' },
      false,
    );
  }
  for (const { principal, path } of people) {
    add(
      'MOBILE_FORMAT',
      principal.emergencyPhone
        ? worst(checkMobile(principal.mobile), checkMobile(principal.emergencyPhone))
        : checkMobile(principal.mobile),
      { field: `${path}.mobile` },
    );
    if (principal.landline)
      add('LANDLINE_FORMAT', checkLandline(principal.landline), { field: `${path}.landline` });
  }
  // 苏 requires a landline of companies (domain.md §8).
  const company = order.subject.nature === 'enterprise';
  if (company && LANDLINE_REQUIRED.has(order.province) && !order.subjectPrincipal.landline) {
    add('LANDLINE_FORMAT', checkLandline(''), { field: 'subjectPrincipal.landline' });
  }
  add(
    'PHONES_DISTINCT',
    checkPhonesDistinct(rolePhones(people), context.phoneUsedByOtherFiler ?? (() => false)),
    { field: 'subjectPrincipal.emergencyPhone' },
  );

  const filers = filersOf(order);
  order.websites.forEach((site, i) => {
    site.domains.forEach((domain, j) =>
      add('TLD_APPROVED', checkTld(domain, order.province), {
        field: `websites[${i}].domains[${j}]`,
      }),
    );
    const domainField = { field: `websites[${i}].domains[0]` };
    add('DOMAIN_REGISTRANT', checkRegistrant(site.domainRecord, filers), domainField);
    add('DOMAIN_EXPIRY', checkDomainExpiry(site.domainRecord, order.submittedAt), domainField);
    add('DOMAIN_REALNAME', checkRealName(site.domainRecord, order.submittedAt, cal), domainField);
    const personName = order.filerKind === 'personal' ? order.subjectPrincipal.name : undefined;
    add(
      'SITE_NAME',
      checkSiteName(site.name, {
        filerKind: order.filerKind,
        domains: site.domains,
        ...(personName ? { personName } : {}),
      }),
      { field: `websites[${i}].name` },
    );
    const approval = materials.find(
      (m) => m.kind === 'pre_approval' && m.owner === `website:${site.id}`,
    );
    add(
      'PRE_APPROVAL',
      checkPreApproval(
        site,
        site.preApprovals,
        order.filerKind,
        approval !== undefined || !context.materials,
      ),
      approval
        ? { field: `websites[${i}].name`, materialId: approval.id }
        : { field: `websites[${i}].name` },
    );
    if (site.existingFilingNumber)
      add('FILING_NUMBER', checkFilingNumber(site.existingFilingNumber, order.province), {
        field: `websites[${i}].existingFilingNumber`,
      });
  });
  if (order.verification.existingSubjectFilingNumber) {
    add(
      'FILING_NUMBER',
      checkFilingNumber(order.verification.existingSubjectFilingNumber, order.province),
      { field: 'verification.existingSubjectFilingNumber' },
    );
  }
  add(
    'RESOURCE_ELIGIBLE',
    checkResource(order.cloudResource, order.submittedAt, context.codesOnServer),
    { field: 'cloudResource' },
  );
  if (unit) {
    add(
      'LEGAL_REP',
      checkLegalRep({
        province: order.province,
        isLegalRepresentative: order.subjectPrincipal.isLegalRepresentative,
        hasAuthorizationLetter: has('authorization_letter', 'subjectPrincipal'),
      }),
      { field: 'subjectPrincipal.name' },
    );
  }
  add(
    'ORDER_LIMITS',
    checkOrderLimits({
      filerKind: order.filerKind,
      province: order.province,
      domainsPerSite: order.websites.map((s) => s.domains.length),
      otherOpenOrders: context.otherOpenOrders ?? 0,
    }),
    { field: 'websites' },
  );
  if (context.materials) {
    const missing = missingMaterials(order, context.materials);
    add(
      'MATERIALS_REQUIRED',
      checkMaterials(missing),
      { field: 'materials' },
      missing.some((m) => m.blocking),
    );
  }
  add(
    'SLA_CALENDAR',
    checkCalendar(order.submittedAt, order.slaDueAt, cal),
    { field: 'slaDueAt' },
    false,
  );
  add(
    'UNREACHABLE_RULE',
    checkUnreachable({
      revision: order.revision,
      calls: context.calls ?? [],
      // Earlier rejections can be judged only against the call log.
      rejections: context.calls ? order.rejections : [],
    }),
    { field: 'calls' },
    false,
  );
  return results;
}

const RANK = { fail: 2, warn: 1, pass: 0 } as const;
function worst(a: Verdict, b: Verdict): Verdict {
  return RANK[b.status] > RANK[a.status] ? b : a;
}
