import provinceRules from '../rules/provinceRules.json';
import type { CloudResource } from '../types';
import { fail, pass, type Verdict } from './verdict';

/** Check 15 of domain.md §11: the cloud resource behind the filing (domain.md §6). */

const RULES = provinceRules.resource;
const NON_MAINLAND = new Set(RULES.nonMainlandRegions);
const CODE = /^[A-Z0-9]{16}$/;

function monthsBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / (30.44 * 24 * 60 * 60_000);
}

/**
 * Check 15: mainland region, prepaid, a public IP, at least 3 months bought and not expired; an
 * authorization code well-formed, issued by another account, and within the per-server limit.
 * `codesOnServer` is how many codes the server has issued (the billing API's answer).
 */
export function checkResource(
  resource: CloudResource,
  submittedAt: string,
  codesOnServer = 1,
): Verdict {
  const problems: [string, string][] = [];
  if (NON_MAINLAND.has(resource.region) || !/^ap-/.test(resource.region)) {
    problems.push([
      `地域 ${resource.region} 不在中国内地`,
      `region ${resource.region} is not mainland China`,
    ]);
  }
  if (resource.billing !== 'prepaid') problems.push(['非包年包月计费', 'not prepaid']);
  if (resource.publicIp.trim() === '') problems.push(['无公网 IP', 'no public IP']);
  if (Date.parse(resource.expiresAt) <= Date.parse(submittedAt)) {
    problems.push(['服务器已到期', 'expired']);
  } else if (resource.billing === 'prepaid' && resource.purchasedMonths < RULES.minimumMonths) {
    problems.push([
      `购买时长不足 ${RULES.minimumMonths} 个月`,
      `bought for less than ${RULES.minimumMonths} months`,
    ]);
  } else if (monthsBetween(submittedAt, resource.expiresAt) < RULES.minimumMonths) {
    problems.push([
      `剩余有效期不足 ${RULES.minimumMonths} 个月`,
      `less than ${RULES.minimumMonths} months left`,
    ]);
  }
  if (resource.kind === 'authorization_code') {
    if (!CODE.test(resource.authorizationCode ?? ''))
      problems.push(['备案授权码格式错误', 'malformed authorization code']);
    if (!resource.issuingAccount) problems.push(['缺少授权码签发账号', 'no issuing account']);
    if (codesOnServer > RULES.maxAuthorizationCodesPerServer) {
      problems.push([
        `该服务器已签发超过 ${RULES.maxAuthorizationCodesPerServer} 个授权码`,
        `more than ${RULES.maxAuthorizationCodesPerServer} codes on this server`,
      ]);
    }
  }
  if (problems.length === 0) return pass('云资源满足备案条件', 'The cloud resource is eligible');
  return fail(
    `云资源不满足备案条件：${problems.map((p) => p[0]).join('；')}`,
    `The cloud resource is not eligible: ${problems.map((p) => p[1]).join('; ')}`,
  );
}
