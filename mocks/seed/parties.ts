import { residentIdCheckChar } from '../../src/domain/identity';
import { FILING_PROVINCES } from '../../src/domain/provinces';
import provinceRules from '../../src/domain/rules/provinceRules.json';
import type { Principal } from '../../src/domain/types';
import type { Defect } from './defects';
import { corruptResidentIdCheck, landline, uniqueMobile } from './identity';
import { MAIL_DOMAINS } from './names';
import { makePerson, type Locality, type Person } from './people';
import type { OrderPlan } from './plan';
import type { Rng } from './prng';

/**
 * The people of an order: the subject principal (the person for a personal filing, the unit's
 * principal otherwise), the unit's legal representative, and each website's principal.
 */

export interface Party {
  person: Person;
  principal: Principal;
}

export interface Parties {
  subjectParty: Party;
  legalRepresentative: Person | null;
  /** One per website, in website order; a personal filer is the principal of every site. */
  siteParties: Party[];
  /** A personal filer from another province living here on a residence permit. */
  residencePermit: Locality | null;
}

const LOCAL_ID_PROVINCES = new Set(provinceRules.nonLocalIdNeedsResidencePermit);
const PRINCIPAL_MAY_DIFFER = new Set([
  ...provinceRules.unitPrincipalAnyone,
  ...provinceRules.unitPrincipalAuthorizationLetter,
]);

function otherProvince(rng: Rng, province: string): string {
  return rng.pick(FILING_PROVINCES.filter((p) => p.code !== province)).code;
}

/** An ID whose birth date is 30 February but whose check character is right. */
function impossibleBirthDateId(person: Person, rng: Rng): string {
  const year = person.birthDate.slice(0, 4);
  const sequence = String(rng.int(10, 99) * 10 + (person.sex === 'male' ? 1 : 2)).padStart(3, '0');
  const first17 = `${person.idDistrict.code}${year}0230${sequence}`;
  return first17 + residentIdCheckChar(first17);
}

function plantIdDefect(person: Person, defect: Defect | null, rng: Rng): Person {
  if (person.certificateType !== 'resident_id') return person;
  if (defect === 'ID_CHECKSUM') {
    return { ...person, certificateNumber: corruptResidentIdCheck(person.certificateNumber, rng) };
  }
  if (defect === 'ID_BIRTH_DATE') {
    return { ...person, certificateNumber: impossibleBirthDateId(person, rng) };
  }
  return person;
}

function principalOf(
  person: Person,
  rng: Rng,
  context: { usedMobiles: Set<string>; mailDomain: string | null; areaCode: string; unit: boolean },
  isLegalRepresentative: boolean,
): Principal {
  const mobile = uniqueMobile(rng, context.usedMobiles);
  const local = person.pinyin.replace(/[^a-z.]/g, '');
  return {
    name: person.name,
    certificateType: person.certificateType,
    certificateNumber: person.certificateNumber,
    certificateValidUntil: person.idValidTo,
    certificateAddress: person.idAddress,
    mobile,
    emergencyPhone: uniqueMobile(rng, context.usedMobiles),
    landline: context.unit && rng.chance(0.6) ? landline(context.areaCode, rng) : null,
    email: context.mailDomain
      ? `${local}@${context.mailDomain}`
      : `${local}${rng.chance(0.5) ? rng.int(1, 999) : ''}@${rng.pick(MAIL_DOMAINS)}`,
    isLegalRepresentative,
  };
}

export function makeParties(
  rng: Rng,
  plan: OrderPlan,
  context: {
    anchorDate: string;
    locality: Locality;
    usedMobiles: Set<string>;
    siteCount: number;
    /** Units mail from their own domain. */
    mailDomain: string | null;
  },
): Parties {
  const { defect, province } = plan;
  const unit = plan.filerKind === 'organization';
  const areaCode = context.locality.city.areaCode;
  // 苏 asks companies for a landline; elsewhere units give one often, persons rarely.
  const principalContext = {
    usedMobiles: context.usedMobiles,
    mailDomain: context.mailDomain,
    areaCode,
    unit: unit || province === '32',
  };
  const adult = { anchorDate: context.anchorDate, minAge: 22, maxAge: 64 };
  if (!unit) {
    let idProvince = province;
    let residencePermit: Locality | null = null;
    if (defect === 'ID_PROVINCE_MISMATCH') idProvince = otherProvince(rng, province);
    else if (
      !defect &&
      plan.certificateType === 'resident_id' &&
      LOCAL_ID_PROVINCES.has(province) &&
      rng.chance(0.12)
    ) {
      idProvince = otherProvince(rng, province);
      residencePermit = context.locality;
    }
    const person = plantIdDefect(
      makePerson(rng, {
        ...adult,
        idProvince,
        certificateType: plan.certificateType,
        ...(defect === 'UNDERAGE' ? { minAge: 16, maxAge: 17 } : {}),
      }),
      defect,
      rng,
    );
    const principal = principalOf(person, rng, principalContext, false);
    if (defect === 'PHONE_SHARED') principal.emergencyPhone = principal.mobile;
    const party = { person, principal };
    return {
      subjectParty: party,
      legalRepresentative: null,
      siteParties: Array.from({ length: context.siteCount }, () => party),
      residencePermit,
    };
  }
  const legalRepresentative = makePerson(rng, { ...adult, idProvince: province, minAge: 28 });
  const delegated =
    defect === 'PRINCIPAL_NOT_LEGAL_REP' ||
    (PRINCIPAL_MAY_DIFFER.has(province) && rng.chance(0.25));
  const principalPerson = plantIdDefect(
    delegated ? makePerson(rng, { ...adult, idProvince: province }) : legalRepresentative,
    defect,
    rng,
  );
  const principal = principalOf(principalPerson, rng, principalContext, !delegated);
  if (defect === 'PHONE_SHARED') principal.emergencyPhone = principal.mobile;
  const subjectParty = { person: principalPerson, principal };
  const siteParties = Array.from({ length: context.siteCount }, () => {
    if (rng.chance(0.6)) return subjectParty;
    const person = makePerson(rng, { ...adult, idProvince: province });
    return { person, principal: principalOf(person, rng, principalContext, false) };
  });
  return { subjectParty, legalRepresentative, siteParties, residencePermit: null };
}
