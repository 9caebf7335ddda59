import { residentIdCheckChar, usccCheckChar } from '../../src/domain/identity';
import type { Material, MaterialKind, Order, Principal } from '../../src/domain/types';

/** A complete, clean personal order in Guangdong and the builders the check tests vary it with. */

export const withIdCheck = (first17: string) => first17 + residentIdCheckChar(first17);
export const withUsccCheck = (first17: string) => first17 + usccCheckChar(first17);

export function principal(overrides: Partial<Principal> = {}): Principal {
  return {
    name: '李明',
    certificateType: 'resident_id',
    certificateNumber: '440306199001010014',
    certificateValidUntil: '2035-01-01',
    certificateAddress: '广东省深圳市宝安区某路1号',
    mobile: '13800138000',
    emergencyPhone: '13900139000',
    landline: null,
    email: 'li@example.com',
    isLegalRepresentative: false,
    ...overrides,
  };
}

export function order(overrides: Partial<Order> = {}): Order {
  const person = principal();
  return {
    id: 'BA2611010001',
    type: 'new_filing',
    filerKind: 'personal',
    province: '44',
    status: 'pending_review',
    assigneeId: null,
    claimedAt: null,
    leaseExpiresAt: null,
    submittedAt: '2026-11-02T10:00:00.000+08:00',
    slaDueAt: '2026-11-03T10:00:00.000+08:00',
    revision: 1,
    version: 1,
    updatedAt: '2026-11-02T10:00:00.000+08:00',
    accountId: '100012345678',
    verification: {
      provinceCode: '44',
      nature: 'personal',
      certificateType: 'resident_id',
      certificateNumber: person.certificateNumber,
      domain: 'shanjiandushu.cn',
      resourceKind: 'server',
      existingSubjectFilingNumber: null,
    },
    subject: {
      nature: 'personal',
      name: person.name,
      certificateType: 'resident_id',
      certificateNumber: person.certificateNumber,
      certificateAddress: person.certificateAddress,
      mailingAddress: { provinceCode: '44', city: '深圳市', district: '宝安区', street: '某路1号' },
      legalRepresentative: null,
      investor: person.name,
      remark: '',
    },
    subjectPrincipal: person,
    websites: [
      {
        id: 'W1',
        name: '山间读书笔记',
        domains: ['shanjiandushu.cn'],
        homepageUrl: 'https://www.shanjiandushu.cn',
        serviceContent: '博客/个人空间',
        languages: ['中文简体'],
        preApprovals: [],
        principal: person,
        remark: '',
        existingFilingNumber: null,
        domainRecord: {
          registrant: person.name,
          certificateType: 'resident_id',
          certificateNumber: person.certificateNumber,
          registrar: '阿里云计算有限公司',
          expiresAt: '2027-06-30T00:00:00.000+08:00',
          realNameVerifiedAt: '2026-09-01T10:00:00.000+08:00',
        },
      },
    ],
    cloudResource: {
      kind: 'server',
      product: 'cvm',
      instanceId: 'ins-abcdefgh',
      region: 'ap-guangzhou',
      publicIp: '119.29.1.2',
      billing: 'prepaid',
      purchasedMonths: 12,
      expiresAt: '2027-10-01T00:00:00.000+08:00',
      authorizationCode: null,
      issuingAccount: null,
    },
    checks: [],
    bureau: null,
    rejections: [],
    ...overrides,
  };
}

export function material(kind: MaterialKind, owner: string, index: number): Material {
  return {
    id: `BA2611010001-1-${String(index).padStart(2, '0')}`,
    orderId: 'BA2611010001',
    revision: 1,
    kind,
    owner,
    verdict: 'pending',
    reasonCode: null,
    note: null,
    extracted: {},
    width: 100,
    height: 100,
    mimeType: 'image/svg+xml',
    uploadedAt: '2026-11-02T09:00:00.000+08:00',
  };
}

/** The materials the clean personal order needs. */
export function personalMaterials(): Material[] {
  return [
    material('id_card_front', 'subjectPrincipal', 1),
    material('id_card_back', 'subjectPrincipal', 2),
    material('verification_photo', 'website:W1', 3),
    material('commitment_letter', 'subject', 4),
  ];
}
