import preApprovals from '../../src/domain/rules/preApprovals.json';
import tlds from '../../src/domain/rules/tlds.json';
import type { PreApproval } from '../../src/domain/types';
import type { Defect } from './defects';
import {
  PERSONAL_SERVICE_CONTENT,
  SITE_PREFIXES,
  SITE_SUFFIXES,
  SITE_TOPICS,
  UNIT_SERVICE_CONTENT,
} from './names';
import type { Rng } from './prng';
import type { Unit } from './units';

/**
 * Website names and domains. Personal sites are named like 山间读书笔记 with a pinyin domain; unit
 * sites after the unit. Domains are unique in the data set (a domain belongs to one filing).
 */

export interface SiteDraft {
  name: string;
  domains: string[];
  serviceContent: string;
  preApprovals: PreApproval[];
}

const APPROVED = new Set(tlds.approved);
const NOT_FILABLE = new Set(tlds.notFilable);

/** TLDs the seed uses for clean orders, by popularity; all of them in the approved list. */
const TLD_WEIGHTS: readonly (readonly [string, number])[] = (
  [
    ['com', 40],
    ['cn', 22],
    ['net', 10],
    ['com.cn', 6],
    ['top', 5],
    ['xyz', 4],
    ['vip', 3],
    ['club', 2],
    ['site', 2],
    ['online', 2],
    ['tech', 2],
    ['shop', 1],
    ['cloud', 1],
  ] as const
).filter(([tld]) => APPROVED.has(tld));

const SECOND_SITES: readonly (readonly [string, string])[] = [
  ['商城', 'mall'],
  ['帮助中心', 'help'],
  ['开发者文档', 'dev'],
  ['招聘', 'jobs'],
] as const;

/** Further sites of public bodies and associations. */
const PUBLIC_SECOND_SITES: readonly (readonly [string, string])[] = [
  ['信息公开', 'xxgk'],
  ['办事指南', 'bszn'],
  ['服务大厅', 'fwdt'],
] as const;

const CULTURE = preApprovals.categories.find((c) => c.id === 'culture');

export function uniqueDomain(label: string, tld: string, used: Set<string>, rng: Rng): string {
  let domain = `${label}.${tld}`;
  while (used.has(domain)) domain = `${label}${rng.int(2, 9999)}.${tld}`;
  used.add(domain);
  return domain;
}

function tldFor(rng: Rng, unit: Unit | null): string {
  if (unit?.tldHint === 'gov.cn') return 'gov.cn';
  if (unit?.tldHint === 'org.cn') return rng.chance(0.7) ? 'org.cn' : 'cn';
  return rng.weighted(TLD_WEIGHTS);
}

function personalSite(
  rng: Rng,
  defect: Defect | null,
  first: boolean,
): { name: string; label: string } {
  const [prefix, prefixPinyin] = rng.pick(SITE_PREFIXES);
  const [topic, topicPinyin] = rng.pick(SITE_TOPICS);
  if (first && defect === 'SITE_NAME') {
    const name = rng.chance(0.5) ? `中国${topic}论坛` : `${prefix}${topic}论坛`;
    return { name, label: `${prefixPinyin}${topicPinyin}bbs` };
  }
  return {
    name: `${prefix}${topic}${rng.pick(SITE_SUFFIXES)}`,
    label: `${prefixPinyin}${topicPinyin}`,
  };
}

export function makeSites(
  rng: Rng,
  input: {
    unit: Unit | null;
    count: number;
    defect: Defect | null;
    usedDomains: Set<string>;
    icpChar: string;
  },
): SiteDraft[] {
  const { unit, defect, usedDomains } = input;
  const sites: SiteDraft[] = [];
  for (let i = 0; i < input.count; i += 1) {
    let tld = tldFor(rng, unit);
    if (i === 0 && defect === 'TLD_NOT_APPROVED') tld = NOT_FILABLE.has('io') ? 'io' : 'hk';
    let name: string;
    let label: string;
    const preApprovalList: PreApproval[] = [];
    let serviceContent = unit ? rng.pick(UNIT_SERVICE_CONTENT) : rng.pick(PERSONAL_SERVICE_CONTENT);
    if (!unit) {
      ({ name, label } = personalSite(rng, defect, i === 0));
    } else if (i === 0) {
      name = unit.tldHint === 'gov.cn' ? `${unit.shortName}门户网站` : `${unit.shortName}官网`;
      label = unit.label;
      if (unit.tldHint === 'gov.cn') serviceContent = '政务服务';
    } else {
      const [suffix, token] = rng.pick(unit.brand ? SECOND_SITES : PUBLIC_SECOND_SITES);
      name = `${unit.brand ?? unit.shortName}${suffix}`;
      label = `${unit.label}${token}`;
      if (unit.brand && CULTURE && rng.chance(0.15)) {
        // A culture site needs its licence (TC-pre); this one has it.
        name = `${unit.brand}${CULTURE.keywords[0] ?? '演出'}`;
        label = `${unit.label}show`;
        serviceContent = CULTURE.zh;
        preApprovalList.push({
          category: CULTURE.zh,
          documentNumber: `${input.icpChar}网文〔${2020 + rng.int(0, 5)}〕${rng.int(1000, 9999)}-${rng.int(100, 999)}号`,
        });
      }
    }
    const domains = [uniqueDomain(label, tld, usedDomains, rng)];
    // Units often file the .cn twin of their .com; both under one site.
    if (unit && tld === 'com' && rng.chance(0.2))
      domains.push(uniqueDomain(label, 'cn', usedDomains, rng));
    sites.push({ name, domains, serviceContent, preApprovals: preApprovalList });
  }
  return sites;
}
