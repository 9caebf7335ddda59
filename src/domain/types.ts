/**
 * The typed model of a filing order, as the applicant's mini-program collects it and as the review
 * API serves it. Shared by the console and the mock backend: one truth for the shape of the data.
 */

export type Role = 'reviewer' | 'supervisor' | 'support';

export const ORDER_STATUSES = [
  'pending_review',
  'in_review',
  'bureau_pending',
  'bureau_approved',
  'bureau_rejected',
  'rejected',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_TYPES = [
  'new_filing',
  'access_filing',
  'add_website',
  'add_access',
  'change',
] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const FILER_KINDS = ['personal', 'organization'] as const;
export type FilerKind = (typeof FILER_KINDS)[number];

/** Nature of the filing subject (主体性质), domain.md §2. */
export const SUBJECT_NATURES = [
  'personal',
  'enterprise',
  'government',
  'institution',
  'social_group',
  'private_non_enterprise',
  'foundation',
  'law_firm',
] as const;
export type SubjectNature = (typeof SUBJECT_NATURES)[number];

/** Certificate types (证件类型), domain.md §2. */
export const CERTIFICATE_TYPES = [
  'resident_id',
  'hk_macao_permit',
  'taiwan_permit',
  'passport',
  'business_license',
  'organization_code',
  'uscc_certificate',
  'institution_legal_person',
  'social_group_legal_person',
  'private_non_enterprise_certificate',
  'foundation_legal_person',
  'law_firm_license',
] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** Two-digit GB/T 2260 province prefix, e.g. "44" for 广东. See provinces.ts. */
export type ProvinceCode = string;

export interface Address {
  provinceCode: ProvinceCode;
  city: string;
  district: string;
  street: string;
}

/** A responsible person (负责人): the subject's principal or a website's principal. */
export interface Principal {
  name: string;
  certificateType: CertificateType;
  certificateNumber: string;
  /** ISO date (YYYY-MM-DD) the certificate is valid until; null for "long-term" (长期). */
  certificateValidUntil: string | null;
  certificateAddress: string;
  mobile: string;
  /** Emergency contact phone (应急联系电话); must differ from `mobile`. */
  emergencyPhone: string | null;
  landline: string | null;
  email: string;
  /** For units: whether this person is the legal representative (法定代表人). */
  isLegalRepresentative: boolean;
}

/** Step 1 of the mini-program: the verification of the filing type (备案类型核验). */
export interface FilingVerification {
  provinceCode: ProvinceCode;
  nature: SubjectNature;
  certificateType: CertificateType;
  certificateNumber: string;
  /** The domain typed at step 1, from which the order type was inferred. */
  domain: string;
  resourceKind: CloudResourceKind;
  /** The existing subject filing number for access, add and change orders. */
  existingSubjectFilingNumber: string | null;
}

/** Step 2: the filing subject (主体信息). */
export interface Subject {
  nature: SubjectNature;
  name: string;
  certificateType: CertificateType;
  certificateNumber: string;
  /** The address as printed on the certificate (证件住所). */
  certificateAddress: string;
  /** Where mail actually reaches the subject (通讯地址). */
  mailingAddress: Address;
  /** Units only: the legal representative named on the certificate. */
  legalRepresentative: string | null;
  /** Investor or competent authority (投资人或主管单位). */
  investor: string;
  remark: string;
}

export interface PreApproval {
  category: string;
  documentNumber: string;
}

/** Step 3: one website (网站信息). */
export interface Website {
  id: string;
  name: string;
  /** The registrable domains of the site; the first one is the main domain. */
  domains: string[];
  homepageUrl: string;
  /** Service content (网站服务内容), e.g. 综合门户, 博客/个人空间. */
  serviceContent: string;
  languages: string[];
  preApprovals: PreApproval[];
  principal: Principal;
  remark: string;
  /** For access/change orders: the website's existing filing number. */
  existingFilingNumber: string | null;
  /** What the registrar's real-name record and WHOIS say about the main domain (domain.md §5). */
  domainRecord?: DomainRecord;
}

export interface DomainRecord {
  registrant: string;
  certificateType: CertificateType;
  certificateNumber: string;
  registrar: string;
  /** ISO instant the registration expires. */
  expiresAt: string;
  /** ISO instant the registrant's real-name verification completed; null when not done. */
  realNameVerifiedAt: string | null;
}

export type CloudResourceKind = 'server' | 'authorization_code';

export interface CloudResource {
  kind: CloudResourceKind;
  /** Product line: 云服务器 CVM, 轻量应用服务器 Lighthouse, ... */
  product: 'cvm' | 'lighthouse' | 'scf';
  instanceId: string;
  region: string;
  publicIp: string;
  billing: 'prepaid' | 'postpaid';
  purchasedMonths: number;
  expiresAt: string;
  /** Authorization-code orders: the code and the account that issued it. */
  authorizationCode: string | null;
  issuingAccount: string | null;
}

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  id: string;
  status: CheckStatus;
  blocking: boolean;
  /** The reviewer-facing message in Chinese; `messageEn` is the same in English. */
  message: string;
  messageEn?: string;
  field?: string;
  materialId?: string;
  ruleSetVersion: string;
}

export interface BureauInfo {
  /** The bureau's province (the order's). */
  provinceCode: ProvinceCode;
  submittedAt: string;
  /** The bureau's own deadline: 20 working days, 30 for Zhejiang. Null when the calendar is missing. */
  dueAt: string | null;
  result: 'approved' | 'rejected' | null;
  filingNumbers: string[];
  reason: string | null;
  decidedAt: string | null;
}

export interface RejectionReason {
  code: string;
  field?: string;
  materialId?: string;
  message: string;
}

export interface Rejection {
  revision: number;
  at: string;
  by: string;
  reasons: RejectionReason[];
}

export interface Order {
  /** The order number (订单号), e.g. BA2611290007. */
  id: string;
  type: OrderType;
  filerKind: FilerKind;
  province: ProvinceCode;
  status: OrderStatus;
  assigneeId: string | null;
  claimedAt: string | null;
  /** While in_review: when the claim lapses unless its holder acts or renews it; else null. */
  leaseExpiresAt: string | null;
  submittedAt: string;
  /** Deadline of the initial review; null when the holiday calendar does not cover the dates. */
  slaDueAt: string | null;
  revision: number;
  version: number;
  updatedAt: string;
  /** The applicant's provider account. */
  accountId: string;
  verification: FilingVerification;
  subject: Subject;
  subjectPrincipal: Principal;
  websites: Website[];
  cloudResource: CloudResource;
  checks: CheckResult[];
  bureau: BureauInfo | null;
  /** Rejections of earlier revisions, oldest first. */
  rejections: Rejection[];
  /** A resubmission: what the applicant changed, field by field, since the rejected revision. */
  revisionChanges?: FieldChange[];
}

/** One field the applicant changed between revisions (`field` is a path such as `websites[0].name`). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export const MATERIAL_KINDS = [
  'id_card_front',
  'id_card_back',
  'passport',
  'travel_permit',
  'business_license',
  'unit_certificate',
  'verification_photo',
  'commitment_letter',
  'domain_certificate',
  'authorization_letter',
  'residence_permit',
  'pre_approval',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export type MaterialVerdict = 'pending' | 'accepted' | 'rejected';

export interface Material {
  id: string;
  orderId: string;
  revision: number;
  kind: MaterialKind;
  /** Whose material it is: "subject", "subjectPrincipal" or "website:<websiteId>". */
  owner: string;
  verdict: MaterialVerdict;
  reasonCode: string | null;
  note: string | null;
  /** Fields the provider's recognition service extracted from the image. */
  extracted: Record<string, string>;
  width: number;
  height: number;
  mimeType: string;
  uploadedAt: string;
}

export interface User {
  id: string;
  username: string;
  name: string;
  role: Role;
}

export type CallOutcome =
  | 'connected'
  | 'no_answer'
  | 'busy'
  | 'powered_off'
  | 'invalid_number'
  | 'declined';

export interface CallAttempt {
  id: string;
  orderId: string;
  revision: number;
  at: string;
  callerId: string;
  outcome: CallOutcome;
  note: string;
  /** For a connected call: the points of the call script the applicant confirmed. */
  confirmed?: string[];
}

/** Who acted: staff roles, plus the applicant and the system for events that come from outside. */
export const ACTOR_ROLES = [
  'reviewer',
  'supervisor',
  'support',
  'applicant',
  'system',
  'bureau',
] as const satisfies readonly (Role | 'applicant' | 'system' | 'bureau')[];
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface AuditEvent {
  id: string;
  at: string;
  actorId: string;
  actorRole: ActorRole;
  action: string;
  orderId: string | null;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  details: Record<string, unknown>;
}
