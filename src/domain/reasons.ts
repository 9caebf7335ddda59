/**
 * The catalog of rejection reasons (api.md `reasons`), domain.md §8. The applicant-facing message is
 * what the applicant receives by SMS and e-mail, in plain Chinese they can act on; the reviewer may
 * edit it per order. `target` says which field or material the reason points at.
 */
export type ReasonCategory =
  | 'domain'
  | 'website'
  | 'subject'
  | 'principal'
  | 'materials'
  | 'contact'
  | 'resource'
  | 'order';

export interface ReasonTarget {
  kind: 'field' | 'material';
  /** A field path such as "websites[].domains" or a material kind such as "id_card_front". */
  ref: string;
}

export interface RejectionReasonTemplate {
  code: string;
  category: ReasonCategory;
  titleZh: string;
  titleEn: string;
  applicantMessage: string;
  target: ReasonTarget | null;
}

export const REJECTION_REASONS: readonly RejectionReasonTemplate[] = [
  {
    code: 'DOMAIN_REGISTRANT_MISMATCH',
    category: 'domain',
    titleZh: '域名持有者与备案主体不一致',
    titleEn: 'Domain registrant does not match the filer',
    applicantMessage:
      '您的域名实名认证信息（持有者名称、证件类型或证件号码）与备案主体不一致。请在域名注册商处将域名过户或修改实名信息，使其与备案主体一致，完成后约 3 个工作日信息同步至工信部，再重新提交备案。',
    target: { kind: 'field', ref: 'websites[].domains' },
  },
  {
    code: 'DOMAIN_REALNAME_NOT_SYNCED',
    category: 'domain',
    titleZh: '域名实名信息尚未同步',
    titleEn: 'Domain real-name record not yet synced',
    applicantMessage:
      '您的域名刚完成实名认证，信息尚未同步至工信部系统。请在实名认证完成 3 个工作日后再重新提交备案。',
    target: { kind: 'field', ref: 'websites[].domains' },
  },
  {
    code: 'DOMAIN_TLD_NOT_APPROVED',
    category: 'domain',
    titleZh: '域名后缀或注册商不可备案',
    titleEn: 'TLD or registrar not approved for filing',
    applicantMessage:
      '您填写的域名后缀未经工信部批准，或域名注册商不在工信部批准的境内注册商之列，暂无法备案。请更换为可备案的域名，或先将域名转入境内注册商后再提交。',
    target: { kind: 'field', ref: 'websites[].domains' },
  },
  {
    code: 'SITE_NAME_NOT_ALLOWED',
    category: 'website',
    titleZh: '网站名称不符合要求',
    titleEn: 'Website name not allowed',
    applicantMessage:
      '您填写的网站名称不符合命名规范（例如含有“中国”“国家”等字样、企业或组织字样、纯数字或字母、与域名相同，或与网站内容不符）。请修改为能体现网站实际内容、不少于 3 个汉字的名称后重新提交。',
    target: { kind: 'field', ref: 'websites[].name' },
  },
  {
    code: 'CROSS_PROVINCE_FILING',
    category: 'subject',
    titleZh: '跨省备案',
    titleEn: 'Filing in the wrong province',
    applicantMessage:
      '备案省份需与主体证件所在地一致。单位请按营业执照或组织证件所在省份备案；个人请按身份证所在省份备案，或按当地要求提供居住证。请修改备案省份后重新提交。',
    target: { kind: 'field', ref: 'province' },
  },
  {
    code: 'PRE_APPROVAL_MISSING',
    category: 'website',
    titleZh: '缺少前置审批文件',
    titleEn: 'Pre-approval document missing',
    applicantMessage:
      '根据网站内容，您的网站涉及需前置审批的行业（如新闻、出版、药品和医疗器械、文化、广播电影电视等）。请上传相应的前置审批文件，或调整网站内容及名称，避免涉及相关行业后重新提交。',
    target: { kind: 'material', ref: 'pre_approval' },
  },
  {
    code: 'PHOTO_NOT_ACCEPTABLE',
    category: 'materials',
    titleZh: '核验照片或视频不合格',
    titleEn: 'Verification photo or video not acceptable',
    applicantMessage:
      '您的核验照片或视频不符合要求。请在纯白背景、光线适中的环境下重新拍摄，面部无遮挡（勿戴帽子、口罩、眼镜，头发勿遮挡面部），画面中仅有本人。',
    target: { kind: 'material', ref: 'verification_photo' },
  },
  {
    code: 'DOCUMENT_UNCLEAR',
    category: 'materials',
    titleZh: '证件照片不清晰或不完整',
    titleEn: 'Document unclear or incomplete',
    applicantMessage:
      '您上传的证件照片不清晰、不完整或方向不正确。请上传原件的彩色照片或扫描件，确保四角完整、文字清晰可辨，勿翻拍屏幕，水印仅可注明“仅供备案使用”且不得遮挡内容。',
    target: { kind: 'material', ref: 'id_card_front' },
  },
  {
    code: 'DOCUMENT_EXPIRED',
    category: 'materials',
    titleZh: '证件已过期或即将过期',
    titleEn: 'Document expired or about to expire',
    applicantMessage:
      '您上传的证件已过期或有效期不足 3 个月。请换领新证件后上传有效期内的证件照片，并同步修改备案信息中的证件有效期后重新提交。',
    target: { kind: 'material', ref: 'id_card_back' },
  },
  {
    code: 'INFO_MISMATCH_DOCUMENT',
    category: 'principal',
    titleZh: '填写信息与证件不一致',
    titleEn: 'Typed details do not match the document',
    applicantMessage:
      '您填写的姓名、证件号码或证件地址与上传的证件不一致。请按证件原件如实填写后重新提交。',
    target: { kind: 'field', ref: 'subjectPrincipal.certificateNumber' },
  },
  {
    code: 'PHONE_SHARED_OR_INVALID',
    category: 'contact',
    titleZh: '联系电话有误或重复',
    titleEn: 'Phone number wrong or shared',
    applicantMessage:
      '您填写的联系电话无法使用，或主体负责人、网站负责人与应急联系电话重复，或该号码已被其他备案主体使用。请填写本人实名登记且可正常接通的手机号码，各角色号码不得相同，修改后重新提交。',
    target: { kind: 'field', ref: 'subjectPrincipal.mobile' },
  },
  {
    code: 'PRINCIPAL_NOT_LEGAL_REP',
    category: 'principal',
    titleZh: '主体负责人非法定代表人',
    titleEn: 'Principal is not the legal representative',
    applicantMessage:
      '根据您所在省份通信管理局的要求，单位主体负责人须为法定代表人。请将主体负责人修改为法定代表人，或按当地要求上传法定代表人签字盖章的授权书后重新提交。',
    target: { kind: 'field', ref: 'subjectPrincipal.name' },
  },
  {
    code: 'RESOURCE_NOT_ELIGIBLE',
    category: 'resource',
    titleZh: '云资源不满足备案条件',
    titleEn: 'Cloud resource not eligible',
    applicantMessage:
      '您用于备案的云服务器不满足条件：需为中国内地地域、包年包月计费、具备公网 IP，且剩余有效期不少于 3 个月。请续费或更换符合条件的服务器（或有效的备案授权码）后重新提交。',
    target: { kind: 'field', ref: 'cloudResource' },
  },
  {
    code: 'WRONG_ORDER_TYPE',
    category: 'order',
    titleZh: '备案类型选择错误',
    titleEn: 'Wrong order type',
    applicantMessage:
      '您的主体或域名在工信部系统中的备案状态与所选备案类型不符（例如已有备案却选择了首次备案）。请按实际情况选择正确的备案类型后重新提交。',
    target: { kind: 'field', ref: 'type' },
  },
  {
    code: 'SITE_OPENED_BEFORE_APPROVAL',
    category: 'website',
    titleZh: '备案期间网站已开通',
    titleEn: 'Site opened before approval',
    applicantMessage:
      '首次备案期间网站须保持关闭，域名不得解析访问。请暂停网站访问、取消域名解析后重新提交。',
    target: { kind: 'field', ref: 'websites[].homepageUrl' },
  },
  {
    code: 'EXISTING_SITE_NOT_COMPLIANT',
    category: 'website',
    titleZh: '已备案网站无法访问或未悬挂备案号',
    titleEn: 'An existing filed site is down or lacks its number',
    applicantMessage:
      '您名下已备案的网站无法正常访问，或首页底部未悬挂备案号并链接至 https://beian.miit.gov.cn。请恢复网站访问并在首页底部正中位置悬挂备案号及链接后重新提交。',
    target: { kind: 'field', ref: 'verification.existingSubjectFilingNumber' },
  },
  {
    code: 'CONTENT_NOT_MATCHING_SUBJECT',
    category: 'website',
    titleZh: '网站内容与主体性质不符',
    titleEn: 'Site content does not fit the subject',
    applicantMessage:
      '您填写的网站服务内容与备案主体的性质或经营范围不符（例如个人网站涉及企业经营内容）。请按网站实际内容如实填写，或以相应的单位主体办理备案后重新提交。',
    target: { kind: 'field', ref: 'websites[].serviceContent' },
  },
  {
    code: 'CONFLICTING_ORDER',
    category: 'order',
    titleZh: '存在冲突的备案订单',
    titleEn: 'A conflicting order exists',
    applicantMessage:
      '您的主体或域名在其他服务商处存在正在办理的备案订单，同一时间只能办理一个备案申请。请先撤销或等待其他订单办结后重新提交。',
    target: { kind: 'field', ref: 'type' },
  },
  {
    code: 'APPLICANT_UNREACHABLE',
    category: 'contact',
    titleZh: '无法联系到申请人',
    titleEn: 'Applicant unreachable',
    applicantMessage:
      '审核人员按您填写的手机号码两次致电均未能接通（间隔约 1 小时）。请保持电话畅通，确认号码无误后重新提交，我们将再次与您联系核实。',
    target: { kind: 'field', ref: 'subjectPrincipal.mobile' },
  },
];

export const UNREACHABLE_REASON_CODE = 'APPLICANT_UNREACHABLE';

const byCode = new Map(REJECTION_REASONS.map((r) => [r.code, r]));
export function reasonByCode(code: string): RejectionReasonTemplate | undefined {
  return byCode.get(code);
}
