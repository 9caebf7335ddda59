import { residentIdCheckChar } from '../../src/domain/identity';
import { FILING_PROVINCES } from '../../src/domain/provinces';
import provinceRules from '../../src/domain/rules/provinceRules.json';
import type { Principal } from '../../src/domain/types';
import type { Defect } from './defects';
import { corruptResidentIdCheck, landline, uniqueMobile } from './identity';
import { MAIL_DOMAINS } from './names';
import { personIdentity, type Locality, type PersonDetails, type PersonIdentity } from './people';
import type { OrderPlan } from './plan';
import type { Rng } from './prng';

/**
 * The people of an order: the subject principal (the person for a personal filing, the unit's
 * principal otherwise), the unit's legal representative, and each website's principal. Who they
 * are and how to reach them belongs to the order's core (lists and search need it); the rest of
 * their documents is added when the full order is built.
 */

export interface Contact {
  mobile: string;
  emergencyPhone: string;
  landline: string | null;
}

export interface Party {
  /** Which person of the order: 0 filer or legal representative, 1 delegate, 2+ site owners. */
  slot: number;
  person: PersonIdentity;
  contact: Contact;
  isLegalRepresentative: boolean;
}

export interface Parties {
  subjectParty: Party;
  legalRepresentative: PersonIdentity | null;
  /** One per website, in website order; a personal filer is the principal of every site. */
  siteParties: Party[];
  /** A personal filer from another province, living in the filing province on a residence permit. */
  residencePermit: boolean;
}

/** Independent PRNG streams of one order, by purpose and slot. */
export type Streams = (purpose: string, slot?: number) => Rng;

const LOCAL_ID_PROVINCES = new Set(provinceRules.nonLocalIdNeedsResidencePermit);
const PRINCIPAL_MAY_DIFFER = new Set([
  ...provinceRules.unitPrincipalAnyone,
  ...provinceRules.unitPrincipalAuthorizationLetter,
]);

function otherProvince(rng: Rng, province: string): string {
  return rng.pick(FILING_PROVINCES.filter((p) => p.code !== province)).code;
}

/** An ID whose birth date is 30 February but whose check character is right. */
function impossibleBirthDateId(person: PersonIdentity, rng: Rng): string {
  const year = person.birthDate.slice(0, 4);
  const sequence = String(rng.int(10, 99) * 10 + (person.sex === 'male' ? 1 : 2)).padStart(3, '0');
  const first17 = `${person.idDistrict.code}${year}0230${sequence}`;
  return first17 + residentIdCheckChar(first17);
}

function plantIdDefect(person: PersonIdentity, defect: Defect | null, rng: Rng): PersonIdentity {
  if (person.certificateType !== 'resident_id') return person;
  if (defect === 'ID_CHECKSUM') {
    return { ...person, certificateNumber: corruptResidentIdCheck(person.certificateNumber, rng) };
  }
  if (defect === 'ID_BIRTH_DATE') {
    return { ...person, certificateNumber: impossibleBirthDateId(person, rng) };
  }
  return person;
}

function contactOf(
  rng: Rng,
  usedMobiles: Set<string>,
  areaCode: string,
  unit: boolean,
  landlineRequired = false,
): Contact {
  return {
    mobile: uniqueMobile(rng, usedMobiles),
    emergencyPhone: uniqueMobile(rng, usedMobiles),
    landline: landlineRequired || (unit && rng.chance(0.6)) ? landline(areaCode, rng) : null,
  };
}

export function makeParties(
  streams: Streams,
  plan: OrderPlan,
  context: { anchorDate: string; locality: Locality; usedMobiles: Set<string>; siteCount: number },
): Parties {
  const { defect, province } = plan;
  const roles = streams('roles');
  const unit = plan.filerKind === 'organization';
  // 苏 asks companies for a landline; elsewhere units give one often, persons rarely.
  const withLandline = unit || province === '32';
  const companyInJiangsu = unit && province === '32' && plan.nature === 'enterprise';
  const party = (slot: number, person: PersonIdentity, isLegalRepresentative: boolean): Party => ({
    slot,
    person,
    isLegalRepresentative,
    contact: contactOf(
      streams('contact', slot),
      context.usedMobiles,
      context.locality.city.areaCode,
      withLandline,
      companyInJiangsu,
    ),
  });
  const adult = { anchorDate: context.anchorDate, minAge: 22, maxAge: 64 };
  if (!unit) {
    let idProvince = province;
    let residencePermit = false;
    if (defect === 'ID_PROVINCE_MISMATCH') idProvince = otherProvince(roles, province);
    else if (
      !defect &&
      plan.certificateType === 'resident_id' &&
      LOCAL_ID_PROVINCES.has(province) &&
      roles.chance(0.12)
    ) {
      idProvince = otherProvince(roles, province);
      residencePermit = true;
    }
    const person = plantIdDefect(
      personIdentity(streams('person', 0), {
        ...adult,
        idProvince,
        certificateType: plan.certificateType,
        ...(defect === 'UNDERAGE' ? { minAge: 16, maxAge: 17 } : {}),
      }),
      defect,
      streams('defect'),
    );
    const subjectParty = party(0, person, false);
    if (defect === 'PHONE_SHARED')
      subjectParty.contact.emergencyPhone = subjectParty.contact.mobile;
    return {
      subjectParty,
      legalRepresentative: null,
      siteParties: Array.from({ length: context.siteCount }, () => subjectParty),
      residencePermit,
    };
  }
  const legalRepresentative = personIdentity(streams('person', 0), {
    ...adult,
    idProvince: province,
    minAge: 28,
  });
  const delegated =
    defect === 'PRINCIPAL_NOT_LEGAL_REP' ||
    (PRINCIPAL_MAY_DIFFER.has(province) && roles.chance(0.25));
  const principal = plantIdDefect(
    delegated
      ? personIdentity(streams('person', 1), { ...adult, idProvince: province })
      : legalRepresentative,
    defect,
    streams('defect'),
  );
  const subjectParty = party(delegated ? 1 : 0, principal, !delegated);
  if (defect === 'PHONE_SHARED') subjectParty.contact.emergencyPhone = subjectParty.contact.mobile;
  const siteParties = Array.from({ length: context.siteCount }, (_, i) => {
    if (roles.chance(0.6)) return subjectParty;
    const slot = 2 + i;
    return party(
      slot,
      personIdentity(streams('person', slot), { ...adult, idProvince: province }),
      false,
    );
  });
  return { subjectParty, legalRepresentative, siteParties, residencePermit: false };
}

/** The principal as the order carries it: the party plus its document details and e-mail. */
export function principalOf(
  party: Party,
  details: PersonDetails,
  email: Rng,
  mailDomain: string | null,
): Principal {
  const local = party.person.pinyin.replace(/[^a-z.]/g, '');
  return {
    name: party.person.name,
    certificateType: party.person.certificateType,
    certificateNumber: party.person.certificateNumber,
    certificateValidUntil: details.idValidTo,
    certificateAddress: details.idAddress,
    mobile: party.contact.mobile,
    emergencyPhone: party.contact.emergencyPhone,
    landline: party.contact.landline,
    email: mailDomain
      ? `${local}@${mailDomain}`
      : `${local}${email.chance(0.5) ? email.int(1, 999) : ''}@${email.pick(MAIL_DOMAINS)}`,
    isLegalRepresentative: party.isLegalRepresentative,
  };
}
