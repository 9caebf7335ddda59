import type { Address, Material, Order, Principal } from './types';

/**
 * Masking of personal data for roles that may see an order but not the applicant's identity
 * (api.md: `support`). The server masks what it sends; the console may use the same functions to
 * show a masked value where a full one is not needed. Pure and idempotent: masking twice changes
 * nothing more.
 */

const STAR = '*';

function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return STAR.repeat(value.length);
  return value.slice(0, head) + STAR.repeat(value.length - head - tail) + value.slice(-tail);
}

/** `440306199001010014` → `4403**********0014`; short numbers keep less. */
export function maskCertificateNumber(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 12) return keepEnds(trimmed, 4, 4);
  if (trimmed.length >= 6) return keepEnds(trimmed, 2, 2);
  return STAR.repeat(trimmed.length);
}

/** `13800138000` → `138****8000`; `010-12345678` → `010-****5678`; else all but the last 4 digits. */
export function maskPhone(value: string): string {
  const trimmed = value.trim();
  if (trimmed.includes(STAR)) return trimmed;
  if (/^1\d{10}$/.test(trimmed)) return `${trimmed.slice(0, 3)}****${trimmed.slice(-4)}`;
  const landline = /^(0\d{2,3})(-?)(\d+)$/.exec(trimmed);
  if (landline) {
    const [, area = '', dash = '', local = ''] = landline;
    return `${area}${dash}${keepEnds(local, 0, 4)}`;
  }
  let digitsSeen = 0;
  const digits = trimmed.replace(/\D/g, '').length;
  return trimmed.replace(/\d/g, (d) => {
    digitsSeen += 1;
    return digitsSeen > digits - 4 ? d : STAR;
  });
}

/** `zhangsan@example.com` → `z***@example.com`. */
export function maskEmail(value: string): string {
  if (value.includes('***@')) return value;
  const at = value.lastIndexOf('@');
  if (at <= 0) return STAR.repeat(3);
  return `${value[0]}***${value.slice(at)}`;
}

/** Province, prefecture and district, in simplified or traditional characters (as recognised). */
const ADDRESS_HEAD =
  /^((?:.+?(?:省|自治区|自治區|特别行政区|特別行政區))?(?:.+?(?:市|自治州|地区|地區|盟))?.+?(?:区|區|县|縣|旗))/;

/**
 * A free-text address cut after the district: `广东省深圳市南山区科技园路1号` → `广东省深圳市南山区***`.
 * Without a recognisable district nothing of it is kept.
 */
export function maskAddressText(value: string): string {
  if (value.endsWith('***')) return value;
  const head = ADDRESS_HEAD.exec(value.trim());
  return head?.[1] ? `${head[1]}***` : '***';
}

export function maskAddress(address: Address): Address {
  return { ...address, street: '***' };
}

export function maskPrincipal(principal: Principal): Principal {
  return {
    ...principal,
    certificateNumber: maskCertificateNumber(principal.certificateNumber),
    certificateAddress: maskAddressText(principal.certificateAddress),
    mobile: maskPhone(principal.mobile),
    emergencyPhone: principal.emergencyPhone === null ? null : maskPhone(principal.emergencyPhone),
    landline: principal.landline === null ? null : maskPhone(principal.landline),
    email: maskEmail(principal.email),
  };
}

/** The order as a role without access to personal data sees it. */
export function maskOrder(order: Order): Order {
  return {
    ...order,
    verification: {
      ...order.verification,
      certificateNumber: maskCertificateNumber(order.verification.certificateNumber),
    },
    subject: {
      ...order.subject,
      certificateNumber: maskCertificateNumber(order.subject.certificateNumber),
      certificateAddress: maskAddressText(order.subject.certificateAddress),
      mailingAddress: maskAddress(order.subject.mailingAddress),
    },
    subjectPrincipal: maskPrincipal(order.subjectPrincipal),
    websites: order.websites.map((site) => ({
      ...site,
      principal: maskPrincipal(site.principal),
      ...(site.domainRecord
        ? {
            domainRecord: {
              ...site.domainRecord,
              certificateNumber: maskCertificateNumber(site.domainRecord.certificateNumber),
            },
          }
        : {}),
    })),
    ...(order.revisionChanges
      ? {
          revisionChanges: order.revisionChanges.map((change) => {
            const mask = changeMask(change.field);
            return { ...change, before: mask(change.before), after: mask(change.after) };
          }),
        }
      : {}),
  };
}

/** A resubmission's changed field is masked like the field itself. */
export function changeMask(field: string): (value: string) => string {
  if (/(mobile|emergencyPhone|landline)$/.test(field)) return maskPhone;
  if (/certificateNumber$/.test(field)) return maskCertificateNumber;
  if (/email$/.test(field)) return maskEmail;
  if (/([aA]ddress|street)$/.test(field)) return maskAddressText;
  return (value) => value;
}

/** Extracted fields of a material that carry personal data, and how each is masked. */
const EXTRACTED_MASKS: Readonly<Record<string, (value: string) => string>> = {
  number: maskCertificateNumber,
  creditCode: maskCertificateNumber,
  address: maskAddressText,
  mobile: maskPhone,
  phone: maskPhone,
  email: maskEmail,
};

export function maskExtracted(extracted: Record<string, string>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [key, value] of Object.entries(extracted)) {
    const mask = EXTRACTED_MASKS[key];
    masked[key] = mask ? mask(value) : value;
  }
  return masked;
}

export function maskMaterial(material: Material): Material {
  return { ...material, extracted: maskExtracted(material.extracted) };
}
