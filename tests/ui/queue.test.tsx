import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { memoryStore } from 'react-admin';
import { server } from '../../mocks/node';
import { PROVINCES } from '../../src/domain/provinces';
import type { User } from '../../src/domain/types';
import {
  API,
  api,
  expectQueueToShow,
  findOrderRows,
  listOrders,
  renderApp,
  signInAs,
} from './helpers';

const ids = (orders: { id: string }[]) => orders.map((o) => o.id);

/** The API requests the console starts from now on, until `stop()`. */
function recordRequests() {
  const requests: { method: string; url: URL }[] = [];
  const record = ({ request }: { request: Request }) => {
    requests.push({ method: request.method, url: new URL(request.url) });
  };
  server.events.on('request:start', record);
  return {
    /** The paths requested, in order. */
    paths: () => requests.map(({ url }) => url.pathname),
    /** The `filter` parameter of each request for a list of orders, in order. */
    orderListFilters: () =>
      requests
        .filter(({ method, url }) => method === 'GET' && url.pathname.endsWith('/api/orders'))
        .map(({ url }) => url.searchParams.get('filter') ?? ''),
    stop: () => server.events.removeListener('request:start', record),
  };
}
type Recorded = ReturnType<typeof recordRequests>;

/**
 * Opens `orderId` from the queue by a click, recording the requests from the click on, until the
 * order page's heading is there, `until` holds and `settleMs` more have passed.
 */
async function openFromQueue(orderId: string, until: (recorded: Recorded) => void, settleMs = 0) {
  const { user } = renderApp({ route: '/orders' });
  await findOrderRows();
  const recorded = recordRequests();
  try {
    await user.click(screen.getByText(orderId));
    await screen.findByRole('heading', { level: 1, name: orderId }, { timeout: 10_000 });
    await waitFor(() => until(recorded));
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  } finally {
    recorded.stop();
  }
  return recorded;
}

describe('the review queue', () => {
  it('switches between the unclaimed, mine and all views, and keeps the view in the URL', async () => {
    const me = await signInAs('reviewer1');
    const unclaimed = await listOrders({ status: 'pending_review' });
    const all = await listOrders({});
    const mine = await listOrders({ status: 'in_review', assigneeId: me.id });

    const { user, unmount, store } = renderApp({ route: '/orders' });
    await findOrderRows();
    expect(screen.getByRole('tab', { name: '未领取', selected: true })).toBeInTheDocument();
    await expectQueueToShow(ids(unclaimed.orders));
    expect(screen.getByText(new RegExp(`共 ${unclaimed.total} 条`))).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '全部' }));
    await expectQueueToShow(ids(all.orders));
    expect(screen.getByText(new RegExp(`共 ${all.total} 条`))).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '我的' }));
    await expectQueueToShow(ids(mine.orders));
    expect(window.location.hash).toContain(encodeURIComponent('"in_review"'));

    unmount();
    renderApp({ store, route: window.location.hash.slice(1) });
    expect(await screen.findByRole('tab', { name: '我的', selected: true })).toBeInTheDocument();
  });

  it('filters by province', async () => {
    await signInAs('reviewer1');
    const unclaimed = await listOrders({ status: 'pending_review' });
    const province = PROVINCES.find((p) => p.code === unclaimed.orders[0]?.province);
    if (!province) throw new Error('the seed has no pending order');
    const expected = await listOrders({ status: 'pending_review', province: province.code });
    expect(expected.total).toBeLessThan(unclaimed.total);

    const { user } = renderApp({ route: '/orders' });
    await findOrderRows();
    const recorded = recordRequests();
    const historyBefore = window.history.length;
    try {
      await user.selectOptions(screen.getByRole('combobox', { name: '省份' }), province.zh);
      await expectQueueToShow(ids(expected.orders));
      // The rows come first; the address follows, so the filtered queue can be shared and reloaded.
      await waitFor(() =>
        expect(decodeURIComponent(window.location.hash)).toContain(`"province":"${province.code}"`),
      );
      // Let a second request, if any, start.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      recorded.stop();
    }
    // The page is fetched ahead as the filter changes, under the list's own key: the list does not
    // ask for it a second time.
    expect(recorded.orderListFilters()).toEqual([
      JSON.stringify({ status: 'pending_review', province: province.code }),
    ]);
    // The choice applies at the click and the filter form then submits it too: one choice is still
    // one step back in the browser's history.
    expect(window.history.length).toBe(historyBefore + 1);
    // The list has caught up with the address: the next action (a sort) keeps the filter.
    await user.click(
      within(screen.getByRole('columnheader', { name: /提交时间/ })).getByRole('button'),
    );
    const sorted = await listOrders({ status: 'pending_review', province: province.code }, 25, [
      'submittedAt',
      'ASC',
    ]);
    await expectQueueToShow(ids(sorted.orders));
  });

  it('asks once, after a pause, when arrow keys step through the provinces', async () => {
    await signInAs('reviewer1');
    const [first, second, third] = PROVINCES;
    const expected = await listOrders({ status: 'pending_review', province: third!.code });
    renderApp({ route: '/orders' });
    await findOrderRows();
    const select = screen.getByRole('combobox', { name: '省份' });
    const recorded = recordRequests();
    try {
      // A closed select in Chromium: each arrow key selects the next option and fires `change`.
      for (const province of [first!, second!, third!]) {
        fireEvent.keyDown(select, { key: 'ArrowDown' });
        fireEvent.change(select, { target: { value: province.code } });
      }
      expect(select).toHaveDisplayValue(third!.zh);
      await expectQueueToShow(ids(expected.orders));
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      recorded.stop();
    }
    expect(recorded.orderListFilters()).toEqual([
      JSON.stringify({ status: 'pending_review', province: third!.code }),
    ]);
  });

  it('applies both a chosen filter and a sort clicked before the filter has landed', async () => {
    await signInAs('reviewer1');
    const unclaimed = await listOrders({ status: 'pending_review' });
    const province = PROVINCES.find((p) => p.code === unclaimed.orders[0]?.province);
    if (!province) throw new Error('the seed has no pending order');
    // The chosen province's page takes a while to come; every other request is answered at once.
    server.use(
      http.get(`${API}/orders`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('filter')?.includes('province')) {
          await delay(400);
        }
        return undefined;
      }),
    );
    const { user } = renderApp({ route: '/orders' });
    await findOrderRows();
    await user.selectOptions(screen.getByRole('combobox', { name: '省份' }), province.zh);
    await user.click(
      within(screen.getByRole('columnheader', { name: /提交时间/ })).getByRole('button'),
    );
    // Both hold, whichever way they met: the address has both, the rows are the ones it names (a
    // reload shows the same), and the province box says so.
    await waitFor(() => {
      const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
      expect(params.get('sort')).toBe('submittedAt');
      expect(params.get('filter')).toContain(`"province":"${province.code}"`);
    });
    const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
    const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
    const shown = await listOrders(filter, 25, [
      'submittedAt',
      params.get('order') === 'DESC' ? 'DESC' : 'ASC',
    ]);
    await expectQueueToShow(ids(shown.orders));
    expect(screen.getByRole('combobox', { name: '省份' })).toHaveDisplayValue(province.zh);
    // The chosen page, late, does not take the rows over afterwards.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expectQueueToShow(ids(shown.orders));
  });

  it('searches by order number', async () => {
    await signInAs('reviewer1');
    const { orders } = await listOrders({ status: 'pending_review' });
    const target = orders[3] ?? orders[0];
    if (!target) throw new Error('the seed has no pending order');

    const recorded = recordRequests();
    try {
      const { user } = renderApp({ route: '/orders' });
      await findOrderRows();
      await user.type(screen.getByRole('textbox', { name: '搜索' }), target.id);
      await expectQueueToShow([target.id]);
    } finally {
      recorded.stop();
    }
    const searched = recorded
      .orderListFilters()
      .map((filter) => (JSON.parse(filter || '{}') as { q?: string }).q)
      .filter((q) => q !== undefined);
    // The search waits for a pause in typing: not one request per keystroke.
    expect(searched.at(-1)).toBe(target.id);
    expect(searched.length).toBeLessThanOrEqual(2);
    expect(searched.length).toBeLessThan(target.id.length);
  });

  it('spells out overdue and at-risk deadlines in words, not only in colour', async () => {
    await signInAs('reviewer1');
    const overdue = await listOrders({ status: 'pending_review', deadline: 'overdue' });
    const dueSoon = await listOrders({ status: 'pending_review', deadline: 'due_soon' });
    const late = overdue.orders[0];
    if (!late || dueSoon.total === 0) throw new Error('the seed lacks overdue or due-soon orders');

    const { user } = renderApp({ route: '/orders' });
    const rows = await findOrderRows();
    const row = rows.find((r) => within(r).queryByText(late.id));
    expect(within(row!).getByText(/^已超时 \d/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '时限状态' }), '即将超时');
    await expectQueueToShow(ids(dueSoon.orders));
    for (const r of await findOrderRows()) {
      expect(within(r).getByText(/^剩余 .*（即将超时）$/)).toBeInTheDocument();
    }
  });

  it('opens an order when its row is clicked', async () => {
    await signInAs('reviewer1');
    const { orders } = await listOrders({ status: 'pending_review' });
    const target = orders[1] ?? orders[0];
    if (!target) throw new Error('the seed has no pending order');

    const { user } = renderApp({ route: '/orders' });
    await findOrderRows();
    await user.click(screen.getByText(target.id));
    expect(
      await screen.findByRole('heading', { level: 1, name: target.id }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toContain(`/orders/${target.id}/show`));
  });

  it('sorts from a column header, says which way, and links each order number', async () => {
    await signInAs('reviewer1');
    const ascending = await listOrders({ status: 'pending_review' }, 25, ['submittedAt', 'ASC']);
    const descending = await listOrders({ status: 'pending_review' }, 25, ['submittedAt', 'DESC']);

    const { user } = renderApp({ route: '/orders' });
    await findOrderRows();
    const header = () => screen.getByRole('columnheader', { name: /提交时间/ });
    expect(header()).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('columnheader', { name: /审核时限/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(within(header()).getByRole('button'));
    await expectQueueToShow(ids(ascending.orders));
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header()).getByRole('button'));
    await expectQueueToShow(ids(descending.orders));
    expect(header()).toHaveAttribute('aria-sort', 'descending');

    // A real link, so that ctrl-click or a middle click opens the order in a new tab.
    const first = descending.orders[0]!;
    expect(screen.getByRole('link', { name: first.id })).toHaveAttribute(
      'href',
      `#/orders/${first.id}/show`,
    );
  });

  it('names who holds each claimed order', async () => {
    await signInAs('reviewer1');
    const held = await listOrders({ status: 'in_review' });
    const order = held.orders[0];
    if (!order?.assigneeId) throw new Error('the seed has no claimed order');
    const { json: users } = await api<User[]>('supervisor1', '/users');
    const holder = users.find((u) => u.id === order.assigneeId);

    renderApp({ route: `/orders?filter=${encodeURIComponent('{"status":"in_review"}')}` });
    await expectQueueToShow(ids(held.orders));
    const row = screen.getByRole('link', { name: order.id }).closest('tr')!;
    expect(
      await within(row).findByText(new RegExp(`^${holder!.name} · .+起$`)),
    ).toBeInTheDocument();
  });

  it('fetches the page a stored session opens on once, while the console starts', async () => {
    await signInAs('reviewer1');
    // The remembered parameters of an earlier visit (another province, newest first) are the ones
    // fetched ahead, as react-admin's list would work them out.
    const remembered = { status: 'pending_review', province: '44' };
    const store = memoryStore({
      'orders.listParams': {
        filter: remembered,
        sort: 'submittedAt',
        order: 'DESC',
        page: 1,
        perPage: 25,
        displayedFilters: {},
      },
    });
    const expected = await listOrders(remembered, 25, ['submittedAt', 'DESC']);
    const recorded = recordRequests();
    try {
      renderApp({ route: '/orders', store });
      await expectQueueToShow(ids(expected.orders));
      // Let a second request, if any, start.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      recorded.stop();
    }
    const requests = recorded.orderListFilters();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('"province":"44"');
    // Sent before the session check, not after it and the layout.
    const sequence = recorded.paths();
    expect(sequence.indexOf('/api/orders')).toBeLessThan(sequence.indexOf('/api/auth/me'));
  });

  it('fetches an order’s materials and thumbnails once when the queue opens it', async () => {
    await signInAs('reviewer1');
    const { orders } = await listOrders({ status: 'pending_review' });
    const target = orders[2] ?? orders[0];
    if (!target) throw new Error('the seed has no pending order');
    const recorded = await openFromQueue(
      target.id,
      () => expect(screen.getAllByRole('img', { name: /./ }).length).toBeGreaterThan(0),
      500,
    );
    const sequence = recorded.paths();
    const files = sequence.filter((path) => path.endsWith('/file'));
    expect(files.length).toBeGreaterThan(0);
    // Each thumbnail once (the page takes what was fetched ahead), the list of materials once.
    expect(new Set(files).size).toBe(files.length);
    expect(sequence.filter((path) => path === '/api/materials')).toHaveLength(1);
  });

  it('asks again for a thumbnail whose fetch ahead failed, and shows it', async () => {
    await signInAs('reviewer1');
    const { orders } = await listOrders({ status: 'pending_review' });
    const target = orders[0];
    if (!target) throw new Error('the seed has no pending order');
    // The first file asked for fails once (the one fetched ahead, on the click).
    let failedOnce = '';
    server.use(
      http.get(`${API}/materials/:id/file`, ({ params }) => {
        if (failedOnce) return undefined;
        failedOnce = String(params.id);
        return HttpResponse.json({ code: 'UNAVAILABLE' }, { status: 500 });
      }),
    );
    await openFromQueue(target.id, (recorded) =>
      expect(
        recorded.paths().filter((path) => path === `/api/materials/${failedOnce}/file`),
      ).toHaveLength(2),
    );
    const thumbnails = await screen.findAllByRole('button', { name: /^查看大图：/ });
    await waitFor(() =>
      expect(screen.getAllByRole('img', { name: /./ }).length).toBe(thumbnails.length),
    );
    expect(screen.queryByText('图片加载失败')).toBeNull();
  });
});
