import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import type { Order } from '../../src/domain/types';
import { API, api, listOrders, renderApp, signInAs } from './helpers';

/** Applicant-typed text that tries to be markup, to reorder the page or to break its layout. */
const SCRIPT_NAME = '<script>window.__pwned = 1</script>某某科技有限公司';
const IMG_SITE = '<img src=x onerror="window.__pwned = 2">企业官网';
const RLO_NAME = '张\u202E三丰\u202C李';
const LONG = 'A'.repeat(600);

function hostile(order: Order): Order {
  return {
    ...order,
    subject: { ...order.subject, name: SCRIPT_NAME },
    // Not a personal field that the page masks by default: the override must be on screen.
    subjectPrincipal: { ...order.subjectPrincipal, name: RLO_NAME },
    websites: order.websites.map((site, i) =>
      i === 0 ? { ...site, name: IMG_SITE, remark: LONG } : site,
    ),
  } as Order;
}

describe('hostile applicant text', () => {
  it('is shown as text on the order page, wraps, and cannot reorder the page', async () => {
    await signInAs('reviewer1');
    const { orders } = await listOrders({ status: 'pending_review' });
    const { json: original } = await api<Order>('reviewer1', `/orders/${orders[0]!.id}`);
    const order = hostile(original);
    server.use(http.get(`${API}/orders/${order.id}`, () => HttpResponse.json(order)));
    renderApp({ route: `/orders/${order.id}/show` });

    const names = await screen.findAllByText(SCRIPT_NAME, {}, { timeout: 10_000 });
    expect(names.some((el) => el.tagName === 'DD')).toBe(true);
    expect(screen.getAllByText(IMG_SITE).length).toBeGreaterThan(0);
    // Nothing of it became an element, nothing ran.
    expect(document.querySelector('script:not([src])')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // The override stays inside its own value, and long strings wrap.
    const overridden = screen.getAllByText(RLO_NAME)[0]!;
    expect(getComputedStyle(overridden).unicodeBidi).toBe('isolate');
    expect(getComputedStyle(screen.getAllByText(LONG)[0]!).overflowWrap).toBe('anywhere');
  });

  it('is cut with an ellipsis in the queue, the whole text in a tooltip', async () => {
    await signInAs('reviewer1');
    const { orders } = await listOrders({ status: 'pending_review' });
    const rows = orders.map((o, i) => (i === 0 ? hostile(o) : o));
    server.use(
      http.get(`${API}/orders`, () =>
        HttpResponse.json(rows, {
          headers: {
            'Content-Range': `orders 0-${rows.length - 1}/${rows.length}`,
            'Access-Control-Expose-Headers': 'Content-Range',
          },
        }),
      ),
    );
    renderApp({ route: '/orders' });
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const cell = await within(table).findByTitle(SCRIPT_NAME);
    expect(cell.tagName).toBe('BDI');
    expect(cell).toHaveTextContent(SCRIPT_NAME);
    const style = getComputedStyle(cell.closest('td')!);
    expect(style.textOverflow).toBe('ellipsis');
    expect(style.whiteSpace).toBe('nowrap');
  });

  it('is never rendered as HTML anywhere in the console', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(tsx?|jsx?)$/.test(entry)) files.push(path);
      }
    };
    walk('src');
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
