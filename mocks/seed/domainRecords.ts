import type { DomainRecord, Subject } from '../../src/domain/types';
import { cstIso } from './compact';
import type { OrderPlan } from './plan';
import type { Rng } from './prng';

/**
 * What the registrar's real-name record and WHOIS would say about a site's main domain (domain.md
 * §5): the subject holds it, it was verified well before submission and runs for a year or more.
 */

const DAY = 24 * 60 * 60_000;
const REGISTRARS = [
  '阿里云计算有限公司',
  '腾讯云计算（北京）有限责任公司',
  '北京新网数码信息技术有限公司',
  '厦门易名科技股份有限公司',
];

export function submittedAtOf(plan: OrderPlan): number {
  return plan.revisions[plan.revisions.length - 1]?.submittedAt ?? 0;
}

export function domainRecordOf(rng: Rng, subject: Subject, submittedAt: number): DomainRecord {
  return {
    registrant: subject.name,
    certificateType: subject.certificateType,
    certificateNumber: subject.certificateNumber,
    registrar: rng.pick(REGISTRARS),
    expiresAt: cstIso(submittedAt + rng.int(200, 1500) * DAY),
    realNameVerifiedAt: cstIso(submittedAt - rng.int(20, 900) * DAY),
  };
}
