import type { Material, MaterialKind } from '../../src/domain/types';
import {
  idCardBack,
  idCardFront,
  passportPage,
  residencePermit,
  travelPermit,
} from './identityDocuments';
import { reframe } from './svg';
import { authorizationLetter, commitmentLetter, verificationPhoto } from './letters';
import {
  businessLicense,
  domainCertificate,
  preApprovalLicence,
  unitCertificate,
} from './unitDocuments';

/**
 * The image of a material, drawn from its extracted fields: what the reviewer compares with the
 * order's typed data. Pass the material as the caller may see it (masked for support).
 */

const TITLES: Readonly<Record<MaterialKind, string>> = {
  id_card_front: '身份证人像面',
  id_card_back: '身份证国徽面',
  passport: '护照',
  travel_permit: '来往内地（大陆）通行证',
  business_license: '营业执照',
  unit_certificate: '单位证书',
  verification_photo: '核验照片',
  commitment_letter: '网站备案信息真实性承诺书',
  domain_certificate: '域名注册证书',
  authorization_letter: '授权书',
  residence_permit: '居住证',
  pre_approval: '前置审批文件',
};

const RENDERERS: Readonly<
  Record<MaterialKind, (fields: Record<string, string>, title: string) => string>
> = {
  id_card_front: idCardFront,
  id_card_back: idCardBack,
  passport: passportPage,
  travel_permit: travelPermit,
  business_license: businessLicense,
  unit_certificate: unitCertificate,
  verification_photo: verificationPhoto,
  commitment_letter: commitmentLetter,
  domain_certificate: domainCertificate,
  authorization_letter: authorizationLetter,
  residence_permit: residencePermit,
  pre_approval: preApprovalLicence,
};

/** The long side of a `size=full` rendering: a 4000×3000 scan, as phones upload them. */
export const FULL_SIZE_LONG_SIDE = 4000;

export function renderMaterial(material: Material, size: 'normal' | 'full' = 'normal'): string {
  const svg = RENDERERS[material.kind](
    material.extracted,
    `${TITLES[material.kind]} ${material.id}`,
  );
  const scale =
    size === 'full' ? FULL_SIZE_LONG_SIDE / Math.max(material.width, material.height) : 1;
  const rotate = Number(material.extracted.orientation ?? 0) || 0;
  if (scale === 1 && rotate === 0) return svg;
  return reframe(svg, material.width * scale, material.height * scale, rotate);
}
