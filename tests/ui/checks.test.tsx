import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/domain/types';
import { listOrders, renderApp, signInAs } from './helpers';

/** The checklist on the order page and the checks column and filter of the queue. */

async function orderFailing(rule: string): Promise<Order> {
  const { orders } = await listOrders({ status: 'pending_review', hasFailingChecks: true }, 100);
  const order = orders.find((o) => o.checks.some((c) => c.status === 'fail' && c.id === rule));
  if (!order) throw new Error(`the seed has no pending order failing ${rule}`);
  return order;
}

const checksCard = () => screen.getByRole('region', { name: '自动检查' });

describe('the checklist on the order page', () => {
  it('shows the failures first, blocking, and jumps to the field', async () => {
    await signInAs('reviewer1');
    const order = await orderFailing('SITE_NAME');
    const failing = order.checks.find((c) => c.id === 'SITE_NAME')!;
    const { user } = renderApp({ route: `/orders/${order.id}/show` });
    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });

    const card = checksCard();
    const failures = within(card).getByRole('region', { name: '未通过' });
    expect(within(failures).getByText(failing.message)).toBeInTheDocument();
    expect(within(failures).getAllByText('阻断审批').length).toBeGreaterThan(0);
    // Passed checks are folded away until asked for.
    expect(within(card).queryByRole('list', { name: '通过' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: /^显示 \d+ 项通过$/ }));
    expect(within(card).getByRole('list', { name: '通过' })).toBeInTheDocument();

    await user.click(
      within(failures).getByRole('button', { name: `定位到相关字段：${failing.message}` }),
    );
    const field = document.querySelector('[data-field="websites[0].name"]');
    expect(field).toHaveAttribute('data-check-highlight', 'true');
    expect(field).toHaveFocus();
    expect(field).toHaveTextContent(order.websites[0]!.name);
  });

  it('runs the checks again on request', async () => {
    await signInAs('reviewer1');
    const order = await orderFailing('RESOURCE_ELIGIBLE');
    const { user } = renderApp({ route: `/orders/${order.id}/show` });
    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    await user.click(within(checksCard()).getByRole('button', { name: '重新检查' }));
    expect(await screen.findByText('已重新运行自动检查')).toBeInTheDocument();
    expect(within(checksCard()).getByText(/^\d+ 项未通过 · \d+ 项需留意 · \d+ 项通过$/));
  });

  it('speaks English when the reviewer does', async () => {
    await signInAs('reviewer1');
    const order = await orderFailing('TLD_APPROVED');
    const failing = order.checks.find((c) => c.id === 'TLD_APPROVED')!;
    const { user } = renderApp({ route: `/orders/${order.id}/show` });
    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    // The app bar's tools render just after the page's first frame.
    await user.click(await screen.findByRole('button', { name: '界面语言' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));
    const card = await screen.findByRole(
      'region',
      { name: 'Automatic checks' },
      { timeout: 10_000 },
    );
    expect(within(card).getByText(failing.messageEn!)).toBeInTheDocument();
  });
});

describe('the queue', () => {
  it('counts failing checks per order and filters on them', async () => {
    await signInAs('reviewer1');
    const { total } = await listOrders({ status: 'pending_review', hasFailingChecks: true });
    const { user } = renderApp({ route: '/orders' });
    await screen.findByRole('columnheader', { name: '检查' }, { timeout: 10_000 });
    await waitFor(() =>
      expect(screen.getAllByRole('img', { name: /^\d+ 项未通过$/ }).length).toBeGreaterThan(0),
    );

    await user.selectOptions(
      await screen.findByRole('combobox', { name: '自动检查' }),
      '有未通过项',
    );
    await waitFor(
      () => {
        const rows = screen.getAllByRole('row').slice(1);
        expect(rows.length).toBe(Math.min(total, 25));
        for (const row of rows)
          expect(within(row).getByRole('img', { name: /^\d+ 项未通过$/ })).toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
  }, 45_000);
});
