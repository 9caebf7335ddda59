import type { Address, CertificateType } from '../../src/domain/types';
import { hongKongMacaoPermit, passportNumber, residentId, taiwanPermit } from './identity';
import { FEMALE_GIVEN, FOREIGN_NAMES, MALE_GIVEN, SURNAMES } from './names';
import { COMMUNITIES, districtByCode, placesOf, STREETS, type City, type District } from './places';
import { isoDay, dayNumber, shiftDay, shiftYears } from './compact';
import type { Rng } from './prng';

/**
 * Who a person is: what lists and search need (name, certificate number). Generated for every
 * order when the data set is built.
 */
export interface PersonIdentity {
  name: string;
  /** Pinyin of the name without tones, for e-mail addresses and personal domains. */
  pinyin: string;
  sex: 'male' | 'female';
  birthDate: string;
  nationality: string;
  certificateType: CertificateType;
  certificateNumber: string;
  idDistrict: District;
}

/** The rest of the identity document, generated only when the full order is. */
export interface PersonDetails {
  /** The address printed on the identity document. */
  idAddress: string;
  /** Null for a long-term (长期) document. */
  idValidTo: string | null;
}

export interface PersonOptions {
  /** Province of the identity document (its region code). */
  idProvince: string;
  /** The instant the data set is anchored at: ages and validity are computed against it. */
  anchorDate: string;
  minAge?: number;
  maxAge?: number;
  certificateType?: CertificateType;
}

function surname(rng: Rng): readonly [string, string] {
  // The list is ordered by frequency: a squared roll favours its head.
  const roll = rng.next();
  return SURNAMES[Math.floor(roll * roll * SURNAMES.length)] ?? ['王', 'wang'];
}

export function chineseName(rng: Rng, sex: 'male' | 'female'): { name: string; pinyin: string } {
  const [family, familyPinyin] = surname(rng);
  const pool = sex === 'male' ? MALE_GIVEN : FEMALE_GIVEN;
  const first = rng.pick(pool);
  const second = rng.chance(0.7) ? rng.pick(pool) : null;
  return {
    name: family + first[0] + (second?.[0] ?? ''),
    pinyin: familyPinyin + first[1] + (second?.[1] ?? ''),
  };
}

export interface Locality {
  provinceCode: string;
  provinceName: string;
  city: City;
  district: District;
}

export function pickLocality(rng: Rng, provinceCode: string): Locality {
  const places = placesOf(provinceCode);
  const city = rng.pick(places.cities);
  return { provinceCode, provinceName: places.fullName, city, district: rng.pick(city.districts) };
}

/** The part of an address above the street: 广东省深圳市南山区, 北京市朝阳区. */
export function localityText(locality: Locality): string {
  const municipality = placesOf(locality.provinceCode).municipality;
  return `${municipality ? '' : locality.provinceName}${locality.city.name}${locality.district.name}`;
}

export function homeStreet(rng: Rng): string {
  return `${rng.pick(STREETS)}${rng.int(1, 399)}号${rng.pick(COMMUNITIES)}${rng.int(1, 30)}栋${rng.int(1, 4)}单元${rng.int(1, 32)}${String(rng.int(1, 6)).padStart(2, '0')}室`;
}

export function mailingAddress(locality: Locality, street: string): Address {
  return {
    provinceCode: locality.provinceCode,
    city: locality.city.name,
    district: locality.district.name,
    street,
  };
}

/** A random day in the year `years` before `date`'s year. */
function dayInYearBefore(date: string, years: number, rng: Rng): string {
  const year = Number(date.slice(0, 4)) - years;
  return isoDay(dayNumber(`${year}-01-01`) + rng.int(0, 364));
}

/** Validity of a resident ID by the holder's age at issue (GB rules: 5, 10, 20 years, long-term). */
function idValidity(
  birthDate: string,
  anchorDate: string,
  rng: Rng,
): { from: string; to: string | null } {
  const age = Number(anchorDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const term = age < 16 ? 5 : age < 26 ? 10 : age < 46 ? 20 : null;
  // Issued within the last term, and still valid for at least six more months.
  const span = term === null ? 15 : term - 1;
  let from = shiftDay(anchorDate, -rng.int(30, span * 365));
  if (from < birthDate) from = shiftDay(birthDate, 30);
  if (term === null) return { from, to: null };
  let to = shiftYears(from, term);
  if (to < shiftDay(anchorDate, 190)) {
    from = shiftDay(anchorDate, -rng.int(30, 300));
    to = shiftYears(from, term);
  }
  return { from, to };
}

export function personIdentity(rng: Rng, options: PersonOptions): PersonIdentity {
  const sex = rng.chance(0.55) ? 'male' : 'female';
  const age = rng.int(options.minAge ?? 20, options.maxAge ?? 62);
  const birthDate = dayInYearBefore(options.anchorDate, age, rng);
  const idDistrict = pickLocality(rng, options.idProvince).district;
  const certificateType = options.certificateType ?? 'resident_id';
  if (certificateType === 'passport') {
    const [name, country] = rng.pick(FOREIGN_NAMES);
    return {
      name,
      pinyin: name.toLowerCase().replace(/\s+/g, '.'),
      sex,
      birthDate,
      nationality: country,
      certificateType,
      certificateNumber: passportNumber(rng),
      idDistrict,
    };
  }
  const { name, pinyin } = chineseName(rng, sex);
  return {
    name,
    pinyin,
    sex,
    birthDate,
    nationality:
      certificateType === 'taiwan_permit'
        ? '中国台湾'
        : certificateType === 'hk_macao_permit'
          ? '中国香港'
          : '中国',
    certificateType,
    certificateNumber:
      certificateType === 'hk_macao_permit'
        ? hongKongMacaoPermit(rng)
        : certificateType === 'taiwan_permit'
          ? taiwanPermit(rng)
          : residentId(idDistrict.code, birthDate, sex, rng),
    idDistrict,
  };
}

export function personDetails(rng: Rng, person: PersonIdentity, anchorDate: string): PersonDetails {
  const place = districtByCode(person.idDistrict.code);
  const province = person.idDistrict.code.slice(0, 2);
  const locality: Locality = place
    ? { provinceCode: province, provinceName: placesOf(province).fullName, ...place }
    : pickLocality(rng, province);
  return {
    idAddress: `${localityText(locality)}${homeStreet(rng)}`,
    idValidTo: idValidity(person.birthDate, anchorDate, rng).to,
  };
}
