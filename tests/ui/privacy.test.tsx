import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/domain/masking';
import type { AuditEvent, Order } from '../../src/domain/types';
import { api, listOrders, renderApp, signInAs } from './helpers';

async function fullOrder(filter: Record<string, unknown>): Promise<Order> {
  const { orders } = await listOrders(filter);
  const id = orders[0]?.id;
  if (!id) throw new Error(`no order matches ${JSON.stringify(filter)}`);
  return (await api<Order>('supervisor1', `/orders/${id}`)).json;
}

describe('personal data on the order page', () => {
  it('is masked until revealed with a reason; the reveal is an audit event and masks again', async () => {
    await signInAs('reviewer1');
    const order = await fullOrder({ status: 'pending_review', filerKind: 'organization' });
    const mobile = order.subjectPrincipal.mobile;
    const { user } = renderApp({ route: `/orders/${order.id}/show` });
    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    const principal = screen.getByRole('region', { name: '主体负责人' });
    expect(within(principal).getByText(maskPhone(mobile))).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(mobile);

    await user.click(within(principal).getByRole('button', { name: '显示完整手机号码' }));
    const dialog = await screen.findByRole('dialog', { name: '查看完整手机号码' });
    // No reason: refused in the user's language, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: '查看' }));
    expect(await within(dialog).findByText('请选择或填写查看原因（至少 2 个字）')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '电话核实申请人' }));
    await user.click(within(dialog).getByRole('button', { name: '查看' }));

    expect(await within(principal).findByText(mobile)).toBeInTheDocument();
    expect(within(principal).getByRole('status')).toHaveTextContent(/\d+ 秒后重新遮盖/);
    const { json: events } = await api<AuditEvent[]>(
      'supervisor1',
      `/audit_events?filter=${encodeURIComponent(JSON.stringify({ orderId: order.id, action: 'reveal' }))}`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toEqual({
      field: 'subjectPrincipal.mobile',
      reason: '电话核实申请人',
    });
    // "Mask now" hides it before the minute is up.
    await user.click(within(principal).getByRole('button', { name: '立即遮盖' }));
    expect(within(principal).getByText(maskPhone(mobile))).toBeInTheDocument();
    expect(within(principal).queryByText(mobile)).toBeNull();
  }, 40_000);

  it('support sees masked values and no reveal control', async () => {
    await signInAs('support1');
    const order = await fullOrder({ status: 'in_review' });
    renderApp({ route: `/orders/${order.id}/show` });
    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    expect(await screen.findByRole('heading', { name: '进度说明' })).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^显示完整/ })).toHaveLength(0);
    expect(document.body.textContent).not.toContain(order.subjectPrincipal.mobile);
    expect(document.body.textContent).not.toContain(order.subjectPrincipal.certificateNumber);
  }, 40_000);
});

describe('the global lookup box', () => {
  it('opens with / from any page, finds by phone, walks results with the keyboard and opens the order', async () => {
    await signInAs('support1');
    const order = await fullOrder({ status: 'bureau_pending' });
    const { user } = renderApp({ route: '/orders' });
    const box = await screen.findByRole('combobox', { name: '查找订单' }, { timeout: 10_000 });
    expect(box).not.toHaveFocus();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(box).toHaveFocus();
    await user.type(box, order.subjectPrincipal.mobile);
    const list = await screen.findByRole('listbox', { name: '查找结果' }, { timeout: 5_000 });
    const option = within(list).getByRole('option', { name: `打开订单 ${order.id}` });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(within(option).getByText('管局审核中')).toBeInTheDocument();
    expect(list.textContent).toContain(maskPhone(order.subjectPrincipal.mobile));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: order.id }, { timeout: 10_000 });
    await waitFor(() => expect(window.location.hash).toContain(`/orders/${order.id}/show`));
  }, 40_000);

  it('never steals a key typed in a field; says when input is too short or finds nothing', async () => {
    await signInAs('reviewer1');
    const { user } = renderApp({ route: '/orders' });
    const box = await screen.findByRole('combobox', { name: '查找订单' }, { timeout: 10_000 });
    const search = await screen.findByRole('textbox', { name: '搜索' }, { timeout: 10_000 });
    await user.click(search);
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(box).not.toHaveFocus();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(box).toHaveFocus();
    await user.type(box, '张');
    expect(await screen.findByText('请至少输入 2 个字符')).toBeInTheDocument();
    await user.type(box, 'zzzqqq');
    expect(
      await screen.findByText('没有找到与“张zzzqqq”匹配的订单', {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box).not.toHaveFocus();
  }, 40_000);
});
