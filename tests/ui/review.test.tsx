import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/domain/types';
import { api, listOrders, renderApp, signInAs } from './helpers';

/** The review panels on the order page, inside the real <Admin> against the mock API. */

async function claimFirstPending(username: string): Promise<Order> {
  const { orders } = await listOrders({ status: 'pending_review' });
  const order = orders[0];
  if (!order) throw new Error('the seed has no pending order');
  const claimed = await api<Order>(username, `/orders/${order.id}/claim`, {
    method: 'POST',
    body: { version: order.version },
  });
  return claimed.json;
}

describe('the review panel', () => {
  it('keeps approve closed and lists what is missing until the call and materials are done', async () => {
    await signInAs('reviewer1');
    const order = await claimFirstPending('reviewer1');
    renderApp({ route: `/orders/${order.id}/show` });
    const decision = await screen.findByRole('region', { name: '审核处理' }, { timeout: 10_000 });
    const missing = await within(decision).findByRole('list', { name: '尚不满足以下条件：' });
    expect(within(missing).getByText('本次提交尚无接通的核验电话')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(missing).getAllByText(/^材料未通过：/).length).toBeGreaterThan(0),
    );
    expect(within(decision).getByRole('button', { name: '审核通过' })).toBeDisabled();
  });

  it('previews the SMS and e-mail the applicant will receive before a rejection', async () => {
    await signInAs('reviewer1');
    const order = await claimFirstPending('reviewer1');
    const { user } = renderApp({ route: `/orders/${order.id}/show` });
    const decision = await screen.findByRole('region', { name: '审核处理' }, { timeout: 10_000 });
    await user.click(within(decision).getByRole('button', { name: '驳回' }));
    const dialog = await screen.findByRole('dialog', { name: '驳回订单' });
    await user.click(within(dialog).getByRole('combobox', { name: '驳回原因（可多选）' }));
    await user.click(await screen.findByRole('option', { name: '网站名称不符合要求' }));
    const message = within(dialog).getByRole('textbox', {
      name: /发给申请人的说明：网站名称不符合要求/,
    });
    await user.clear(message);
    await user.type(message, '请将网站名称改为能体现内容的名称。');
    const sms = within(dialog).getByRole('region', { name: '短信' });
    expect(sms).toHaveTextContent(`您的备案订单${order.id}初审未通过，原因：网站名称不符合要求`);
    const email = within(dialog).getByRole('region', { name: '邮件' });
    expect(email).toHaveTextContent('请将网站名称改为能体现内容的名称。');
  });

  it('shows a resubmission’s earlier reasons and what the applicant changed', async () => {
    await signInAs('reviewer1');
    const order = await claimFirstPending('reviewer1');
    await api('reviewer1', `/orders/${order.id}/reject`, {
      method: 'POST',
      body: {
        version: order.version,
        reasons: [
          { code: 'SITE_NAME_NOT_ALLOWED', field: 'websites[0].name', message: '请修改网站名称。' },
        ],
      },
    });
    await api('reviewer1', '/_dev/resubmit', { method: 'POST', body: { orderId: order.id } });
    renderApp({ route: `/orders/${order.id}/show` });
    const panel = await screen.findByRole(
      'region',
      { name: `重新提交：第 ${order.revision + 1} 次` },
      { timeout: 10_000 },
    );
    expect(within(panel).getByText('网站名称不符合要求')).toBeInTheDocument();
    const changes = within(panel).getByRole('table', { name: '申请人修改的内容' });
    expect(within(changes).getByText('网站 1 · 网站名称')).toBeInTheDocument();
    expect(within(changes).getByText(order.websites[0]!.name)).toBeInTheDocument();
  });
});
