import { reasonByCode } from './reasons';
import type { Order, RejectionReason } from './types';

/**
 * What the applicant receives when the review returns an order (domain.md §8): a short SMS naming
 * the reasons and an e-mail with each reason's message in full. The console previews exactly these
 * texts before the reviewer confirms; the mock API records them with the rejection.
 */

export interface ApplicantNotice {
  sms: string;
  emailSubject: string;
  emailBody: string;
}

type OrderFacts = Pick<Order, 'id' | 'websites' | 'subject'>;

function siteNames(order: OrderFacts): string {
  return order.websites.map((w) => w.name).join('、');
}

export function rejectionNotice(
  order: OrderFacts,
  reasons: readonly RejectionReason[],
): ApplicantNotice {
  const titles = reasons.map((r) => reasonByCode(r.code)?.titleZh ?? r.code);
  const sms =
    `【备案通知】您的备案订单${order.id}初审未通过，原因：${titles.join('；')}。` +
    '详细说明已发送至您的邮箱，请按要求修改后重新提交。';
  const lines = reasons.map((r, i) => `${i + 1}. ${titles[i] ?? r.code}\n${r.message.trim()}`);
  const emailBody = [
    `${order.subject.name}，您好：`,
    `您提交的备案订单 ${order.id}（网站：${siteNames(order)}）未通过初审，原因如下：`,
    ...lines,
    '请登录备案系统按以上说明修改信息或重新上传材料后再次提交。修改后的订单将优先审核。',
    '如有疑问，请联系您的备案审核专员。',
  ].join('\n\n');
  return { sms, emailSubject: `备案订单 ${order.id} 初审未通过，请修改后重新提交`, emailBody };
}
