import { provinceByCode } from '../../src/domain/provinces';
import type { CertificateType, SubjectNature } from '../../src/domain/types';
import { BRANDS, COMPANY_FORMS, INDUSTRIES } from './names';
import type { Locality } from './people';
import type { Rng } from './prng';

/**
 * Units (企业, 政府机关, 事业单位, ...) with names, certificates and domain labels that fit their
 * nature (domain.md §2).
 */

export interface Unit {
  name: string;
  /** What the unit calls its website: 云帆科技, 南山区市场监督管理局. */
  shortName: string;
  certificateType: CertificateType;
  /** GB 32100 registration authority and entity type, the first two characters of the USCC. */
  registration: string;
  /** ASCII label for the unit's domains. */
  label: string;
  /** Suffix the unit's domains live under. */
  tldHint: 'any' | 'gov.cn' | 'org.cn';
  investor: string;
  /** Extra words for a second or third site of an enterprise. */
  brand: string | null;
}

const GOVERNMENT_DEPARTMENTS = [
  ['市场监督管理局', 'amr'],
  ['住房和城乡建设局', 'zjj'],
  ['政务服务数据管理局', 'zwfw'],
  ['交通运输局', 'jtys'],
  ['人力资源和社会保障局', 'rsj'],
] as const;

const INSTITUTIONS = [
  ['图书馆', 'library'],
  ['档案馆', 'archives'],
  ['博物馆', 'museum'],
  ['科技馆', 'kjg'],
  ['气象台', 'weather'],
] as const;

const SOCIAL_GROUPS = [
  ['摄影家协会', 'sheying'],
  ['软件行业协会', 'software'],
  ['围棋协会', 'weiqi'],
  ['登山协会', 'dengshan'],
  ['书法家协会', 'shufa'],
] as const;

function cityPrefix(locality: Locality): string {
  // Companies in municipalities carry the short name (北京云帆科技), elsewhere the city (深圳市…).
  return locality.city.name === locality.provinceName
    ? (provinceByCode(locality.provinceCode)?.zh ?? '')
    : locality.city.name;
}

export function makeUnit(rng: Rng, nature: SubjectNature, locality: Locality): Unit {
  const [brand, brandPinyin] = rng.pick(BRANDS);
  const provinceZh = provinceByCode(locality.provinceCode)?.zh ?? '';
  const cityOnly = locality.city.name === locality.provinceName ? '' : locality.city.name;
  const base = { brand: null, tldHint: 'any' as const };
  switch (nature) {
    case 'government': {
      const [department, abbr] = rng.pick(GOVERNMENT_DEPARTMENTS);
      const shortName = `${locality.district.name}${department}`;
      return {
        ...base,
        name: `${locality.city.name}${shortName}`,
        shortName,
        certificateType: 'uscc_certificate',
        registration: '11',
        label: `${abbr}${locality.district.code}`,
        tldHint: 'gov.cn',
        investor: `${locality.city.name}${locality.district.name}人民政府`,
      };
    }
    case 'institution': {
      const [kind, abbr] = rng.pick(INSTITUTIONS);
      return {
        ...base,
        name: `${locality.city.name}${kind}`,
        shortName: `${locality.city.name}${kind}`,
        certificateType: 'institution_legal_person',
        registration: '12',
        label: `${abbr}${locality.city.areaCode}`,
        investor: `${locality.city.name}文化广电旅游体育局`,
      };
    }
    case 'social_group': {
      const [kind, abbr] = rng.pick(SOCIAL_GROUPS);
      return {
        ...base,
        name: `${locality.city.name}${kind}`,
        shortName: `${locality.city.name}${kind}`,
        certificateType: 'social_group_legal_person',
        registration: '51',
        label: `${abbr}${locality.city.areaCode}`,
        tldHint: 'org.cn',
        investor: `${locality.city.name}民政局`,
      };
    }
    case 'private_non_enterprise':
      return {
        ...base,
        name: `${cityOnly || provinceZh}${brand}社会工作服务中心`,
        shortName: `${brand}社工`,
        certificateType: 'private_non_enterprise_certificate',
        registration: '52',
        label: `${brandPinyin}sg`,
        tldHint: 'org.cn',
        investor: `${locality.city.name}民政局`,
      };
    case 'foundation':
      return {
        ...base,
        name: `${provinceZh}${brand}公益基金会`,
        shortName: `${brand}公益基金会`,
        certificateType: 'foundation_legal_person',
        registration: '53',
        label: `${brandPinyin}fund`,
        tldHint: 'org.cn',
        investor: `${locality.provinceName}${cityOnly ? '民政厅' : '民政局'}`,
      };
    case 'law_firm':
      return {
        ...base,
        name: `${provinceZh}${brand}律师事务所`,
        shortName: `${brand}律师事务所`,
        certificateType: 'law_firm_license',
        registration: '31',
        label: `${brandPinyin}law`,
        investor: `${locality.city.name}司法局`,
      };
    default: {
      const [industry, token] = rng.pick(INDUSTRIES);
      return {
        ...base,
        name: `${cityPrefix(locality)}${brand}${industry}${rng.pick(COMPANY_FORMS)}`,
        shortName: `${brand}${industry}`,
        certificateType: 'business_license',
        registration: '91',
        label: rng.chance(0.5) ? brandPinyin : `${brandPinyin}${token}`,
        investor: '',
        brand,
      };
    }
  }
}
