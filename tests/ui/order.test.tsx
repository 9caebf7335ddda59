import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/domain/types';
import { api, listOrders, ORDER_ID, renderApp, signInAs } from './helpers';

async function firstPending(): Promise<Order> {
  const { orders } = await listOrders({ status: 'pending_review' });
  if (!orders[0]) throw new Error('the seed has no pending order');
  return orders[0];
}

function processingCard(): HTMLElement {
  return screen.getByRole('region', { name: '处理信息' });
}

describe('the order page', () => {
  it('claim next opens the most urgent order, now in review and assigned to the claimer', async () => {
    const me = await signInAs('reviewer1');
    const { user } = renderApp({ route: '/orders' });
    await user.click(
      await screen.findByRole('button', { name: '领取下一单' }, { timeout: 10_000 }),
    );

    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: ORDER_ID },
      { timeout: 10_000 },
    );
    const id = heading.textContent ?? '';
    await waitFor(() => expect(window.location.hash).toContain(`/orders/${id}/show`));
    const card = processingCard();
    await waitFor(() => expect(within(card).getByText('审核中')).toBeInTheDocument());
    expect(await within(card).findByText(me.name)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '释放' })).toBeInTheDocument();
    const { json } = await api<Order>('supervisor1', `/orders/${id}`);
    expect(json).toMatchObject({ status: 'in_review', assigneeId: me.id });
  });

  it('says so when the queue is empty', async () => {
    await signInAs('reviewer1');
    const { total } = await listOrders({ status: 'pending_review' });
    for (let i = 0; i < total; i += 1) {
      await api('reviewer2', '/orders/claim-next', { method: 'POST', body: {} });
    }
    const { user } = renderApp({ route: '/orders' });
    await user.click(
      await screen.findByRole('button', { name: '领取下一单' }, { timeout: 10_000 }),
    );
    expect(await screen.findByText('队列中暂无可领取的订单')).toBeInTheDocument();
  });

  it('shows every section the applicant filled in', async () => {
    await signInAs('reviewer1');
    const order = await firstPending();
    renderApp({ route: `/orders/${order.id}/show` });

    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    for (const name of [
      '备案类型核验',
      '主体信息',
      '主体负责人',
      '网站信息',
      '云资源',
      '备案材料',
    ]) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(await screen.findByRole('heading', { name: '时间线' })).toBeInTheDocument();
    const subject = screen.getByRole('region', { name: '主体信息' });
    // A personal filer's name can stand twice in a section (name and investor), hence getAll.
    expect(within(subject).getAllByText(order.subject.name).length).toBeGreaterThan(0);
    const principal = screen.getByRole('region', { name: '主体负责人' });
    expect(within(principal).getAllByText(order.subjectPrincipal.name).length).toBeGreaterThan(0);
    const websites = screen.getByRole('region', { name: '网站信息' });
    expect(within(websites).getAllByRole('heading', { name: '网站负责人' })).toHaveLength(
      order.websites.length,
    );
    expect(
      within(websites).getAllByText(order.websites[0]!.domains[0]!, { exact: false }).length,
    ).toBeGreaterThan(0);
    const cloud = screen.getByRole('region', { name: '云资源' });
    expect(within(cloud).getByText(order.cloudResource.region)).toBeInTheDocument();
    const materials = screen.getByRole('region', { name: '备案材料' });
    expect(
      (await within(materials).findAllByRole('img', {}, { timeout: 10_000 })).length,
    ).toBeGreaterThan(0);
    const timeline = screen.getByRole('region', { name: '时间线' });
    expect((await within(timeline).findAllByRole('listitem')).length).toBeGreaterThan(0);
  });

  it('claims and releases an order back to the queue', async () => {
    await signInAs('reviewer1');
    const order = await firstPending();
    const { user } = renderApp({ route: `/orders/${order.id}/show` });

    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    await user.click(within(processingCard()).getByRole('button', { name: '领取' }));
    const release = await within(processingCard()).findByRole('button', { name: '释放' });
    expect(within(processingCard()).getByText('审核中')).toBeInTheDocument();

    await user.click(release);
    expect(
      await within(processingCard()).findByRole('button', { name: '领取' }),
    ).toBeInTheDocument();
    expect(within(processingCard()).getByText('待审核')).toBeInTheDocument();
    const { json } = await api<Order>('supervisor1', `/orders/${order.id}`);
    expect(json.status).toBe('pending_review');
    expect(json.assigneeId).toBeNull();
  });

  it('explains when someone else claimed the order first, and shows it as it now is', async () => {
    await signInAs('reviewer1');
    const order = await firstPending();
    const { user } = renderApp({ route: `/orders/${order.id}/show` });
    const claim = await within(
      await screen.findByRole('region', { name: '处理信息' }, { timeout: 10_000 }),
    ).findByRole('button', { name: '领取' });

    const taken = await api<Order>('reviewer2', `/orders/${order.id}/claim`, {
      method: 'POST',
      body: { version: order.version },
    });
    expect(taken.status).toBe(200);
    await user.click(claim);

    // What changed and by whom, from the order's audit trail (reviewer2 is 李建国).
    const explanation = (await screen.findByText('订单已有变化')).closest('[role="alert"]');
    expect(explanation).toHaveTextContent('订单已有变化');
    expect(explanation).toHaveTextContent('李建国 已于 10:00 领取了此订单');
    await waitFor(() => expect(within(processingCard()).getByText('审核中')).toBeInTheDocument());
    expect(
      within(processingCard()).queryByRole('button', { name: '领取' }),
    ).not.toBeInTheDocument();
  });

  it('is read-only for support, without the audit timeline', async () => {
    await signInAs('support1');
    const order = await firstPending();
    renderApp({ route: `/orders/${order.id}/show` });

    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { name: '主体信息' })).toBeInTheDocument();
    expect(screen.getByText('只读：客服角色不能处理订单')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '领取' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '时间线' })).not.toBeInTheDocument();
  });
});
