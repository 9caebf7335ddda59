import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import type { AuditEvent, Order } from '../../src/domain/types';
import { readAuth } from '../../src/providers/authStorage';
import { LOADING_SHOWN_AFTER_MS } from '../../src/layout/LoadingIndicator';
import { API, PASSWORD, api, findOrderRows, listOrders, renderApp, signInAs } from './helpers';

/**
 * The console under conflicts and faults, inside the real <Admin> against the mock API: what the
 * reviewer typed is never lost, an intent is sent once, and a lost session comes back to its page.
 */

/** These walk whole flows in jsdom (dialogs, autocomplete, reloads): slow on a loaded machine. */
const SLOW = 120_000;

async function firstPending(): Promise<Order> {
  const { orders } = await listOrders({ status: 'pending_review' });
  if (!orders[0]) throw new Error('the seed has no pending order');
  return orders[0];
}

async function claimed(username: string): Promise<Order> {
  const order = await firstPending();
  const answer = await api<Order>(username, `/orders/${order.id}/claim`, {
    method: 'POST',
    body: { version: order.version },
  });
  return answer.json;
}

async function noteEvents(orderId: string): Promise<AuditEvent[]> {
  const filter = encodeURIComponent(JSON.stringify({ orderId, action: 'note' }));
  const { json } = await api<AuditEvent[]>('supervisor1', `/audit_events?filter=${filter}`);
  return json;
}

/** Idempotency keys of the requests to one action path, in the order they were sent. */
function recordKeys(pathEnd: string): string[] {
  const keys: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith(pathEnd)) {
      keys.push(request.headers.get('Idempotency-Key') ?? '(none)');
    }
  });
  return keys;
}

/** Types as a person pasting: one change event, so a slow machine does not time the test out. */
async function typeText(
  user: { click: (el: Element) => Promise<void>; paste: (text: string) => Promise<void> },
  element: HTMLElement,
  text: string,
) {
  await user.click(element);
  await user.paste(text);
}

async function noteBox() {
  return screen.findByRole('textbox', { name: '内部备注' }, { timeout: 10_000 });
}

async function explanation(): Promise<HTMLElement> {
  const title = await screen.findByText('订单已有变化', {}, { timeout: 10_000 });
  const alert = title.closest<HTMLElement>('[role="alert"]');
  if (!alert) throw new Error('the explanation is not an alert');
  return alert;
}

describe('conflicts explained to people', () => {
  it(
    'names who claimed the order and keeps the typed note, which then goes through',
    async () => {
      await signInAs('reviewer1');
      const order = await firstPending();
      const { user } = renderApp({ route: `/orders/${order.id}/show` });
      await typeText(user, await noteBox(), '申请人来电说明网站暂未开通');
      // Meanwhile 李建国 (reviewer2) claims it: what reviewer1 sees is now out of date.
      await api('reviewer2', `/orders/${order.id}/claim`, {
        method: 'POST',
        body: { version: order.version },
      });
      await user.click(screen.getByRole('button', { name: '添加备注' }));

      expect(await explanation()).toHaveTextContent('李建国 已于 10:00 领取了此订单');
      expect(await noteBox()).toHaveValue('申请人来电说明网站暂未开通');
      // The page shows the order as it is: held by 李建国, since when.
      expect(await screen.findByText('李建国 自 10:00 起正在审核此订单')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: '添加备注' }));
      await screen.findByText('已添加备注');
      await waitFor(async () => expect(await noteBox()).toHaveValue(''));
      const notes = await noteEvents(order.id);
      expect(notes.map((e) => e.details.text)).toEqual(['申请人来电说明网站暂未开通']);
    },
    SLOW,
  );

  it(
    'keeps the chosen reasons and messages through a version conflict',
    async () => {
      await signInAs('reviewer1');
      const order = await claimed('reviewer1');
      const { user } = renderApp({ route: `/orders/${order.id}/show` });
      const decision = await screen.findByRole('region', { name: '审核处理' }, { timeout: 10_000 });
      await user.click(within(decision).getByRole('button', { name: '驳回' }));
      const dialog = await screen.findByRole('dialog', { name: '驳回订单' });
      await user.click(within(dialog).getByRole('combobox', { name: '驳回原因（可多选）' }));
      await user.click(await screen.findByRole('option', { name: '网站名称不符合要求' }));
      const message = within(dialog).getByRole('textbox', { name: /网站名称不符合要求/ });
      await user.clear(message);
      await typeText(user, message, '请改为能体现网站内容的名称');
      // The supervisor 刘海涛 adds a note: the order's version moves on.
      await api('supervisor1', `/orders/${order.id}/notes`, {
        method: 'POST',
        body: { version: order.version, text: '请优先处理' },
      });
      await user.click(within(dialog).getByRole('button', { name: '确认驳回' }));

      expect(await explanation()).toHaveTextContent('刘海涛 于 10:00 对此订单进行了“内部备注”操作');
      expect(within(dialog).getByRole('textbox', { name: /网站名称不符合要求/ })).toHaveValue(
        '请改为能体现网站内容的名称',
      );
      await user.click(within(dialog).getByRole('button', { name: '确认驳回' }));
      await screen.findByText('已驳回，已通知申请人');
      const { json: after } = await api<Order>('supervisor1', `/orders/${order.id}`);
      expect(after.status).toBe('rejected');
    },
    SLOW,
  );
});

describe('drafts', () => {
  it(
    'restores a note and a rejection message after the page is closed and opened again',
    async () => {
      await signInAs('reviewer1');
      const order = await claimed('reviewer1');
      const first = renderApp({ route: `/orders/${order.id}/show` });
      await typeText(first.user, await noteBox(), '下午再联系一次');
      const decision = await screen.findByRole('region', { name: '审核处理' }, { timeout: 10_000 });
      await first.user.click(within(decision).getByRole('button', { name: '驳回' }));
      const dialog = await screen.findByRole('dialog', { name: '驳回订单' });
      await first.user.click(within(dialog).getByRole('combobox', { name: '驳回原因（可多选）' }));
      await first.user.click(await screen.findByRole('option', { name: '网站名称不符合要求' }));
      const message = within(dialog).getByRole('textbox', { name: /网站名称不符合要求/ });
      await first.user.clear(message);
      await typeText(first.user, message, '名称请体现网站内容');
      cleanup(); // the tab is closed (or reloaded)

      const second = renderApp({ route: `/orders/${order.id}/show` });
      expect(await noteBox()).toHaveValue('下午再联系一次');
      const again = await screen.findByRole('region', { name: '审核处理' }, { timeout: 10_000 });
      await second.user.click(within(again).getByRole('button', { name: '驳回' }));
      const reopened = await screen.findByRole('dialog', { name: '驳回订单' });
      expect(within(reopened).getByRole('textbox', { name: /网站名称不符合要求/ })).toHaveValue(
        '名称请体现网站内容',
      );
      expect(within(reopened).getByText('已恢复您上次未提交的草稿')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'does not slip a draft of an earlier submission into the form, but offers it',
    async () => {
      const me = await signInAs('reviewer1');
      const order = await firstPending();
      const key = ['beian.draft', me.id, order.id, String(order.revision - 1 || 99), 'note'].join(
        '|',
      );
      localStorage.setItem(
        key,
        JSON.stringify({ value: '旧草稿', savedAt: new Date().toISOString() }),
      );
      const { user } = renderApp({ route: `/orders/${order.id}/show` });
      expect(await noteBox()).toHaveValue('');
      const offer = await screen.findByText(/留有未提交的草稿/);
      await user.click(
        within(offer.closest('[role="status"]') as HTMLElement).getByRole('button', {
          name: '使用该草稿',
        }),
      );
      expect(await noteBox()).toHaveValue('旧草稿');
    },
    SLOW,
  );
});

describe('one request per intent', () => {
  it(
    'retries a failed request with the same idempotency key, and a new intent gets a new one',
    async () => {
      await signInAs('reviewer1');
      const order = await firstPending();
      const keys = recordKeys('/notes');
      let failures = 0;
      // The network drops the first three attempts: the automatic retries fail too, so Retry shows.
      server.use(
        http.post(`${API}/orders/:id/notes`, () => {
          // Nothing returned: the request goes on to the mock API's own handler.
          if (failures >= 3) return undefined;
          failures += 1;
          return HttpResponse.error();
        }),
      );
      const { user } = renderApp({ route: `/orders/${order.id}/show` });
      await typeText(user, await noteBox(), '第一条');
      await user.click(screen.getByRole('button', { name: '添加备注' }));
      const retry = await screen.findByRole('button', { name: '重试' }, { timeout: 10_000 });
      expect(screen.getByText('无法连接服务器，请检查网络后重试')).toBeInTheDocument();
      expect(await noteBox()).toHaveValue('第一条');
      await user.click(retry);
      await screen.findByText('已添加备注');
      expect(keys).toHaveLength(4);
      expect(new Set(keys).size).toBe(1);

      await typeText(user, await noteBox(), '第二条');
      await user.click(screen.getByRole('button', { name: '添加备注' }));
      await waitFor(() => expect(keys).toHaveLength(5));
      expect(keys[4]).not.toBe(keys[0]);
      await waitFor(async () => expect(await noteEvents(order.id)).toHaveLength(2));
    },
    SLOW,
  );

  it(
    'sends one request for a double click',
    async () => {
      await signInAs('reviewer1');
      const order = await firstPending();
      const keys = recordKeys('/notes');
      const { user } = renderApp({ route: `/orders/${order.id}/show` });
      await typeText(user, await noteBox(), '只记一次');
      await user.dblClick(screen.getByRole('button', { name: '添加备注' }));
      await screen.findByText('已添加备注');
      expect(keys).toHaveLength(1);
      expect(await noteEvents(order.id)).toHaveLength(1);
    },
    SLOW,
  );
});

describe('network faults', () => {
  it(
    'shows a banner while the browser is offline',
    async () => {
      await signInAs('reviewer1');
      renderApp({ route: '/orders' });
      await screen.findByRole('table', {}, { timeout: 10_000 });
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      try {
        window.dispatchEvent(new Event('offline'));
        expect(await screen.findByText(/网络已断开/)).toBeInTheDocument();
        onLine.mockReturnValue(true);
        window.dispatchEvent(new Event('online'));
        await waitFor(() => expect(screen.queryByText(/网络已断开/)).not.toBeInTheDocument());
      } finally {
        onLine.mockRestore();
      }
    },
    SLOW,
  );
});

describe('the loading indicator', () => {
  it(
    'stays still for a quick answer and turns only for a slow one',
    async () => {
      await signInAs('reviewer1');
      const { user } = renderApp({ route: '/orders' });
      await findOrderRows();
      const refresh = await screen.findByRole('button', { name: '刷新' });
      // When each spinner came into the page.
      const spinners = new Map<Element, number>();
      const watcher = new MutationObserver(() => {
        const spinner = document.querySelector('.app-loader');
        if (spinner && !spinners.has(spinner)) spinners.set(spinner, performance.now());
      });
      watcher.observe(document.body, { childList: true, subtree: true });
      try {
        // A quick answer (a tenth of a second): the rows are fetched again, and no spinner shows
        // before the requests have run for LOADING_SHOWN_AFTER_MS (on a loaded machine the
        // refresh's other requests may take that long; then it may show, not sooner).
        let answered = 0;
        server.use(
          http.get(`${API}/orders`, async () => {
            await delay(100);
            answered += 1;
          }),
        );
        const clickedAt = performance.now();
        await user.click(refresh);
        await waitFor(() => expect(answered).toBeGreaterThan(0));
        await new Promise((resolve) => setTimeout(resolve, LOADING_SHOWN_AFTER_MS + 200));
        const shownAfter = [...spinners.values()].map((at) => at - clickedAt);
        expect(shownAfter.filter((ms) => ms < LOADING_SHOWN_AFTER_MS - 5)).toEqual([]);

        // A slow one: the spinner shows while it runs, then goes.
        server.use(
          http.get(`${API}/orders`, async () => {
            await delay(LOADING_SHOWN_AFTER_MS + 700);
          }),
        );
        await user.click(refresh);
        expect(await screen.findByRole('progressbar', { name: '加载中' })).toBeInTheDocument();
        await waitFor(
          () => expect(screen.queryByRole('progressbar', { name: '加载中' })).toBeNull(),
          { timeout: 5_000 },
        );
      } finally {
        watcher.disconnect();
      }
    },
    SLOW,
  );
});

describe('a lost session', () => {
  it(
    'sends the user to sign in with the reason, then back to the order with the draft intact',
    async () => {
      await signInAs('reviewer1');
      const order = await firstPending();
      server.use(
        http.post(
          `${API}/orders/:id/notes`,
          () =>
            HttpResponse.json(
              { error: { code: 'SESSION_EXPIRED', message: 'The session has expired' } },
              { status: 401 },
            ),
          { once: true },
        ),
      );
      const { user } = renderApp({ route: `/orders/${order.id}/show` });
      await typeText(user, await noteBox(), '登录过期前写的备注');
      await user.click(screen.getByRole('button', { name: '添加备注' }));

      const [notice] = await screen.findAllByText(
        /会话已过期，请重新登录/,
        {},
        { timeout: 10_000 },
      );
      expect(notice).toHaveTextContent(`登录后将回到您之前的页面：/orders/${order.id}/show`);
      expect(readAuth()).toBeNull();
      await user.type(screen.getByLabelText(/用户名/), 'reviewer1');
      await user.type(screen.getByLabelText(/密码/), PASSWORD);
      await user.click(screen.getByRole('button', { name: '登录' }));

      await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
      expect(window.location.hash).toBe(`#/orders/${order.id}/show`);
      expect(await noteBox()).toHaveValue('登录过期前写的备注');
    },
    SLOW,
  );
});
