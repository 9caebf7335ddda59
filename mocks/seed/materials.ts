import { parseResidentId } from '../../src/domain/identity';
import { provinceByCode } from '../../src/domain/provinces';
import provinceRules from '../../src/domain/rules/provinceRules.json';
import type {
  Material,
  MaterialKind,
  MaterialVerdict,
  Order,
  Principal,
} from '../../src/domain/types';
import { cstIso, flattenStrings, shiftDay, shiftYears } from './compact';
import type { Defect } from './defects';
import { materialDefectOf, plantMaterialDefect, seedMaterialDefects } from './materialDefects';
import { ETHNICITIES } from './names';
import { idIssuingAuthority } from './places';
import { createRng, hashSeed, type Rng } from './prng';

/**
 * The uploaded materials of an order (domain.md §9), derived from the order itself when first
 * asked for: a large data set need not hold half a million of them. What the recognition service
 * "extracted" is what the applicant typed, so a planted defect shows on the document too.
 */

export const MATERIAL_SIZES: Readonly<Record<MaterialKind, readonly [number, number]>> = {
  id_card_front: [856, 540],
  id_card_back: [856, 540],
  passport: [1250, 880],
  travel_permit: [856, 540],
  business_license: [1200, 850],
  unit_certificate: [1200, 850],
  verification_photo: [600, 800],
  commitment_letter: [794, 1123],
  domain_certificate: [1123, 794],
  authorization_letter: [794, 1123],
  residence_permit: [856, 540],
  pre_approval: [1123, 794],
};

const DOMAIN_CERTIFICATE = new Set(provinceRules.domainCertificateRequired);
const UNIT_LETTER = new Set(provinceRules.unitPrincipalAuthorizationLetter);
const SITE_LETTER = new Set(provinceRules.siteOwnerAuthorizationLetter);
const REGISTRARS = [
  '阿里云计算有限公司',
  '腾讯云计算（北京）有限责任公司',
  '北京新网数码信息技术有限公司',
  '厦门易名科技股份有限公司',
];

const UNIT_CERTIFICATE_NAMES: Partial<Record<string, string>> = {
  uscc_certificate: '统一社会信用代码证书',
  organization_code: '组织机构代码证',
  institution_legal_person: '事业单位法人证书',
  social_group_legal_person: '社会团体法人登记证书',
  private_non_enterprise_certificate: '民办非企业单位登记证书',
  foundation_legal_person: '基金会法人登记证书',
  law_firm_license: '律师事务所执业许可证',
};

type Draft = { kind: MaterialKind; owner: string; extracted: Record<string, string> };

/**
 * When an ID valid until `validTo` was issued: the term (5, 10 or 20 years, or long-term from 46)
 * follows the holder's age at issue.
 */
function issueDate(birthDate: string, validTo: string | null, signed: string, rng: Rng): string {
  const age = (date: string) => Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (validTo === null) {
    const from = shiftYears(birthDate, 46 + rng.int(0, 8));
    return from < signed ? from : shiftDay(signed, -rng.int(30, 300));
  }
  for (const term of [5, 10, 20]) {
    const from = shiftYears(validTo, -term);
    const expected = age(from) < 16 ? 5 : age(from) < 26 ? 10 : 20;
    if (expected === term) return from;
  }
  return shiftYears(validTo, -20);
}

function identityDocuments(principal: Principal, owner: string, signed: string, rng: Rng): Draft[] {
  const validTo = principal.certificateValidUntil ?? '长期';
  if (principal.certificateType === 'resident_id') {
    const parsed = parseResidentId(principal.certificateNumber);
    const digits = principal.certificateNumber;
    const birth = `${digits.slice(6, 10)}-${digits.slice(10, 12)}-${digits.slice(12, 14)}`;
    const sex = parsed.ok ? parsed.info.sex : Number(digits[16]) % 2 === 1 ? 'male' : 'female';
    const validFrom = issueDate(birth, principal.certificateValidUntil, signed, rng);
    return [
      {
        kind: 'id_card_front',
        owner,
        extracted: {
          name: principal.name,
          sex: sex === 'male' ? '男' : '女',
          ethnicity: rng.weighted(ETHNICITIES),
          birthDate: birth,
          address: principal.certificateAddress,
          number: principal.certificateNumber,
        },
      },
      {
        kind: 'id_card_back',
        owner,
        extracted: { issuingAuthority: idIssuingAuthority(digits.slice(0, 6)), validFrom, validTo },
      },
    ];
  }
  const passport = principal.certificateType === 'passport';
  return [
    {
      kind: passport ? 'passport' : 'travel_permit',
      owner,
      extracted: {
        name: principal.name,
        number: principal.certificateNumber,
        ...(passport ? { nationality: '外国' } : {}),
        validTo,
        issuingAuthority: passport ? 'Passport Office' : '中华人民共和国出入境管理局',
      },
    },
  ];
}

function drafts(order: Order, defects: readonly Defect[], rng: Rng): Draft[] {
  const list: Draft[] = [];
  const principal = order.subjectPrincipal;
  const unit = order.filerKind === 'organization';
  const signed = order.submittedAt.slice(0, 10);
  if (unit) {
    list.push({
      kind: order.subject.nature === 'enterprise' ? 'business_license' : 'unit_certificate',
      owner: 'subject',
      extracted: {
        ...(order.subject.nature === 'enterprise'
          ? {}
          : {
              certificateName:
                UNIT_CERTIFICATE_NAMES[order.subject.certificateType] ?? '单位登记证书',
            }),
        unitName: order.subject.name,
        creditCode: order.subject.certificateNumber,
        legalRepresentative: order.subject.legalRepresentative ?? '',
        address: order.subject.certificateAddress,
        validFrom: shiftDay(signed, -rng.int(400, 5000)),
        validTo: '长期',
      },
    });
  }
  list.push(...identityDocuments(principal, 'subjectPrincipal', signed, rng));
  const seen = new Set([principal.certificateNumber]);
  for (const site of order.websites) {
    const owner = `website:${site.id}`;
    if (!seen.has(site.principal.certificateNumber)) {
      seen.add(site.principal.certificateNumber);
      list.push(...identityDocuments(site.principal, owner, signed, rng));
    }
    list.push({
      kind: 'verification_photo',
      owner,
      extracted: {
        name: site.principal.name,
        background: '白色',
        persons: '1',
        takenAt: order.submittedAt,
      },
    });
    if (DOMAIN_CERTIFICATE.has(order.province)) {
      for (const domain of site.domains) {
        list.push({
          kind: 'domain_certificate',
          owner,
          extracted: {
            domain,
            registrant: order.subject.name,
            registrar: rng.pick(REGISTRARS),
            registeredOn: shiftDay(signed, -rng.int(30, 2000)),
            expiresOn: shiftDay(signed, rng.int(200, 1500)),
          },
        });
      }
    }
    if (unit && !site.principal.isLegalRepresentative && SITE_LETTER.has(order.province)) {
      list.push({
        kind: 'authorization_letter',
        owner,
        extracted: {
          unitName: order.subject.name,
          grantor: order.subject.legalRepresentative ?? '',
          grantee: site.principal.name,
          signedOn: signed,
        },
      });
    }
    for (const approval of site.preApprovals) {
      list.push({
        kind: 'pre_approval',
        owner,
        extracted: {
          category: approval.category,
          documentNumber: approval.documentNumber,
          unitName: order.subject.name,
        },
      });
    }
  }
  if (unit && !principal.isLegalRepresentative && UNIT_LETTER.has(order.province)) {
    list.push({
      kind: 'authorization_letter',
      owner: 'subjectPrincipal',
      extracted: {
        unitName: order.subject.name,
        grantor: order.subject.legalRepresentative ?? '',
        grantee: principal.name,
        signedOn: signed,
      },
    });
  }
  const idProvince = principal.certificateNumber.slice(0, 2);
  if (
    !unit &&
    principal.certificateType === 'resident_id' &&
    idProvince !== order.province &&
    !defects.includes('ID_PROVINCE_MISMATCH')
  ) {
    const address = order.subject.mailingAddress;
    list.push({
      kind: 'residence_permit',
      owner: 'subjectPrincipal',
      extracted: {
        name: principal.name,
        number: principal.certificateNumber,
        address: `${provinceByCode(order.province)?.zh ?? ''}${address.city}${address.district}${address.street}`,
        issuingAuthority: `${address.city}公安局`,
        validFrom: shiftDay(signed, -rng.int(60, 900)),
        validTo: shiftDay(signed, rng.int(200, 900)),
      },
    });
  }
  list.push({
    kind: 'commitment_letter',
    owner: 'subject',
    extracted: { unitName: order.subject.name, signer: principal.name, signedOn: signed },
  });
  return list;
}

/** Verdicts as far as the seeded status implies: decided orders had every material accepted. */
function verdictFor(order: Order, index: number, rng: Rng): MaterialVerdict {
  if (order.status === 'pending_review') return 'pending';
  if (order.status === 'in_review') return rng.chance(0.4) ? 'accepted' : 'pending';
  if (order.status === 'rejected') return index === 0 && rng.chance(0.3) ? 'rejected' : 'accepted';
  return 'accepted';
}

/** `BA2611270022-1-03`: order number, revision, two-digit position (so ids sort as listed). */
export function materialId(orderId: string, revision: number, index: number): string {
  return `${orderId}-${revision}-${String(index).padStart(2, '0')}`;
}

/** The order a material id belongs to (material ids start with it). */
export function orderIdOfMaterial(id: string): string {
  return id.split('-')[0] ?? '';
}

const idOf = (order: Order, index: number) => materialId(order.id, order.revision, index + 1);

export function generateMaterials(
  order: Order,
  seed: number,
  defects: readonly Defect[],
): Material[] {
  const rng = createRng(hashSeed(seed, 'materials', order.id, order.revision));
  const uploadedAt = cstIso(Date.parse(order.submittedAt) - rng.int(2, 40) * 60_000);
  const list = drafts(order, defects, rng);
  for (const draft of list) {
    if (draft.kind !== 'verification_photo') draft.extracted.orientation = '0';
  }
  const defect = materialDefectOf(order, seed);
  if (defect) {
    const { index, ...where } = plantMaterialDefect(defect, list, order.submittedAt.slice(0, 10));
    const materialId = defect === 'MISSING' ? null : idOf(order, index);
    seedMaterialDefects.set(order.id, { ...where, materialId });
  }
  return list.map((draft, i) => {
    const verdict = verdictFor(order, i, rng);
    const [width, height] = MATERIAL_SIZES[draft.kind];
    return flattenStrings({
      id: idOf(order, i),
      orderId: order.id,
      revision: order.revision,
      kind: draft.kind,
      owner: draft.owner,
      verdict,
      reasonCode: verdict === 'rejected' ? 'DOCUMENT_UNCLEAR' : null,
      note: null,
      extracted: draft.extracted,
      width,
      height,
      mimeType: 'image/svg+xml',
      uploadedAt,
    });
  });
}
