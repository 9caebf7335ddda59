import { screen, waitFor, within } from '@testing-library/react';
import { createConsoleStore } from '../../src/providers/consoleStore';
import { describe, expect, it } from 'vitest';
import { findOrderRows, PASSWORD, renderApp } from './helpers';

async function signInThroughForm(user: ReturnType<typeof renderApp>['user'], username: string) {
  await user.type(await screen.findByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), PASSWORD);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('signing in', () => {
  it('shows the sign-in form to a signed-out visitor, in Chinese', async () => {
    renderApp({ route: '/orders' });
    expect(await screen.findByRole('heading', { name: '备案审核工作台' })).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toBeInTheDocument();
  });

  it('says so in Chinese when the password is wrong', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByLabelText('用户名'), 'reviewer1');
    await user.type(screen.getByLabelText('密码'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toBeInTheDocument();
  });

  it('takes a reviewer to the queue with the claim-next button', async () => {
    const { user } = renderApp();
    await signInThroughForm(user, 'reviewer1');
    expect(
      await screen.findByRole('button', { name: '领取下一单' }, { timeout: 10_000 }),
    ).toBeEnabled();
    expect(screen.getByRole('tab', { name: '未领取', selected: true })).toBeInTheDocument();
    expect((await findOrderRows()).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: '个人资料' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('审核员 · reviewer1')).toBeInTheDocument();
  });

  it('fills the form from a demo account in one click (supervisor)', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /supervisor1/ }));
    expect(screen.getByLabelText('用户名')).toHaveValue('supervisor1');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(
      await screen.findByRole('button', { name: '领取下一单' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('审核主管')).toBeInTheDocument();
  });

  it('gives support the queue without the claim button', async () => {
    const { user } = renderApp();
    await signInThroughForm(user, 'support1');
    expect((await findOrderRows()).length).toBeGreaterThan(0);
    expect(screen.getByText('客服')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '领取下一单' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '我的' })).not.toBeInTheDocument();
  });

  it('signs out back to the sign-in form', async () => {
    const { user } = renderApp();
    await signInThroughForm(user, 'reviewer2');
    await user.click(await screen.findByRole('button', { name: '个人资料' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('menuitem', { name: '退出登录' }));
    expect(await screen.findByLabelText('用户名')).toBeInTheDocument();
    expect(localStorage.getItem('beian.auth')).toBeNull();
  });
});

describe('language', () => {
  it('switches to English and remembers it after a reload', async () => {
    // The production store (localStorage), as a reload would find it.
    const { user, unmount } = renderApp({ store: createConsoleStore() });
    await signInThroughForm(user, 'reviewer1');
    await screen.findByRole('button', { name: '领取下一单' }, { timeout: 10_000 });

    await user.click(screen.getByRole('button', { name: '界面语言' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Claim next' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Unclaimed' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Order no.')).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));

    unmount();
    renderApp({ store: createConsoleStore(), route: '/orders' });
    expect(
      await screen.findByRole('button', { name: 'Claim next' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
