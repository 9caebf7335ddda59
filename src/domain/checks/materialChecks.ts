import provinceRules from '../rules/provinceRules.json';
import type { Material, MaterialKind, Order, Principal } from '../types';
import { fail, pass, warn, type Verdict } from './verdict';

/** Check 18 of domain.md §11: the materials the type, province and filer kind require. */

export interface Requirement {
  kind: MaterialKind;
  /** "subject", "subjectPrincipal" or "website:<id>", as materials carry it. */
  owner: string;
  /** False where the rule comes from secondary sources: a missing one warns. */
  blocking: boolean;
}

const DOMAIN_CERTIFICATE = new Set(provinceRules.domainCertificateRequired);
const DOMAIN_CERTIFICATE_FROM = provinceRules.domainCertificateRequiredFromDomains as Record<
  string,
  number
>;
const UNIT_LETTER = new Set(provinceRules.unitPrincipalAuthorizationLetter);
const SITE_LETTER = new Set(provinceRules.siteOwnerAuthorizationLetter);

const KIND_ZH: Record<MaterialKind, string> = {
  id_card_front: '身份证人像面',
  id_card_back: '身份证国徽面',
  passport: '护照',
  travel_permit: '通行证',
  business_license: '营业执照',
  unit_certificate: '单位证件',
  verification_photo: '核验照片',
  commitment_letter: '真实性核验单',
  domain_certificate: '域名证书',
  authorization_letter: '授权书',
  residence_permit: '居住证',
  pre_approval: '前置审批文件',
};

function identityKinds(principal: Principal): MaterialKind[] {
  if (principal.certificateType === 'resident_id') return ['id_card_front', 'id_card_back'];
  return [principal.certificateType === 'passport' ? 'passport' : 'travel_permit'];
}

export function requiredMaterials(order: Order): Requirement[] {
  const list: Requirement[] = [];
  const need = (kind: MaterialKind, owner: string, blocking = true) =>
    list.push({ kind, owner, blocking });
  const unit = order.filerKind === 'organization';
  const principal = order.subjectPrincipal;
  if (unit)
    need(
      order.subject.nature === 'enterprise' ? 'business_license' : 'unit_certificate',
      'subject',
    );
  for (const kind of identityKinds(principal)) need(kind, 'subjectPrincipal');
  if (unit && !principal.isLegalRepresentative && UNIT_LETTER.has(order.province)) {
    need('authorization_letter', 'subjectPrincipal');
  }
  const seen = new Set([principal.certificateNumber]);
  const domainTotal = order.websites.reduce((n, site) => n + site.domains.length, 0);
  const fromDomains = DOMAIN_CERTIFICATE_FROM[order.province];
  for (const site of order.websites) {
    const owner = `website:${site.id}`;
    if (!seen.has(site.principal.certificateNumber)) {
      seen.add(site.principal.certificateNumber);
      for (const kind of identityKinds(site.principal)) need(kind, owner);
    }
    need('verification_photo', owner);
    if (DOMAIN_CERTIFICATE.has(order.province)) need('domain_certificate', owner);
    else if (fromDomains !== undefined && domainTotal >= fromDomains)
      need('domain_certificate', owner, false);
    if (unit && !site.principal.isLegalRepresentative && SITE_LETTER.has(order.province)) {
      need('authorization_letter', owner);
    }
    if (site.preApprovals.length > 0) need('pre_approval', owner);
  }
  need('commitment_letter', 'subject');
  return list;
}

/** The requirements the uploaded materials of the current revision do not meet. */
export function missingMaterials(order: Order, materials: readonly Material[]): Requirement[] {
  const present = new Set(
    materials.filter((m) => m.revision === order.revision).map((m) => `${m.kind}|${m.owner}`),
  );
  return requiredMaterials(order).filter((r) => !present.has(`${r.kind}|${r.owner}`));
}

export function checkMaterials(missing: readonly Requirement[]): Verdict {
  if (missing.length === 0) return pass('所需材料齐全', 'Every required material is present');
  const names = [...new Set(missing.map((m) => KIND_ZH[m.kind]))].join('、');
  const kinds = [...new Set(missing.map((m) => m.kind))].join(', ');
  return missing.some((m) => m.blocking)
    ? fail(`缺少材料：${names}`, `Missing materials: ${kinds}`)
    : warn(`可能需要补充：${names}`, `May be needed: ${kinds}`);
}
