import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore, type Store } from 'react-admin';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { startSignIn } from '../../src/boot/startSignIn';
import { readAuth } from '../../src/providers/authStorage';
import { createConsoleStore } from '../../src/providers/consoleStore';
import { rememberSignedOut } from '../../src/reliability/sessionReturn';
import { API, api, findOrderRows, PASSWORD } from './helpers';

/**
 * A signed-out visit starts with the sign-in form alone (src/boot/startSignIn.tsx), before the
 * console's code is loaded; signing in renders the console in the same root.
 */
let mounted: { root: Root; container: HTMLElement } | null = null;

async function start(options: { route?: string; store?: Store } = {}) {
  if (options.route) window.history.replaceState({}, '', `/#${options.route}`);
  const container = document.body.appendChild(document.createElement('div'));
  const store = options.store ?? memoryStore();
  let root!: Root;
  await act(async () => {
    root = await startSignIn(container, { apiUrl: API, demo: true, store });
  });
  mounted = { root, container };
  return { user: userEvent.setup(), store };
}

afterEach(() => {
  if (!mounted) return;
  const { root, container } = mounted;
  act(() => root.unmount());
  container.remove();
  mounted = null;
});

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string) {
  await user.type(await screen.findByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), PASSWORD);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('the sign-in form of a signed-out visit', () => {
  it('refuses a wrong password in Chinese, keeps the username and stores no session', async () => {
    const { user } = await start();
    expect(screen.getByRole('heading', { name: '备案审核工作台' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('用户名'), 'reviewer1');
    await user.type(screen.getByLabelText('密码'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
    expect(screen.getByLabelText('用户名')).toHaveValue('reviewer1');
    expect(readAuth()).toBeNull();
  });

  it('asks for both fields before sending anything', async () => {
    const { user } = await start();
    await user.type(screen.getByLabelText('用户名'), 'reviewer1');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('请输入用户名和密码');
    expect(screen.getByLabelText('密码')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('密码')).toHaveFocus();
    expect(readAuth()).toBeNull();
  });

  it('signs a reviewer in and opens the queue in the same page', async () => {
    const { user } = await start({ route: '/login' });
    const paths: string[] = [];
    const record = ({ request }: { request: Request }) => {
      paths.push(new URL(request.url).pathname);
    };
    server.events.on('request:start', record);
    try {
      await signIn(user, 'reviewer1');
      expect(
        await screen.findByRole('button', { name: '领取下一单' }, { timeout: 10_000 }),
      ).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', record);
    }
    // The console does not ask the server again about the session it was just given.
    expect(paths).toContain('/api/auth/login');
    expect(paths).not.toContain('/api/auth/me');
    expect((await findOrderRows()).length).toBeGreaterThan(0);
    expect(window.location.hash).toBe('#/orders');
    expect(readAuth()?.user.username).toBe('reviewer1');
  });

  it('opens the order a link pointed to once signed in', async () => {
    const { json } = await api<{ id: string }[]>('supervisor1', '/orders?range=[0,0]');
    const id = json[0]!.id;
    const { user } = await start({ route: `/orders/${id}/show` });
    await signIn(user, 'supervisor1');
    await screen.findByRole('heading', { level: 1, name: id }, { timeout: 10_000 });
    expect(window.location.hash).toBe(`#/orders/${id}/show`);
  });

  it('says why after a session ended, and returns to that page', async () => {
    const { json } = await api<{ id: string }[]>('supervisor1', '/orders?range=[0,0]');
    const id = json[0]!.id;
    window.history.replaceState({}, '', `/#/orders/${id}/show`);
    const me = await api<{ id: string }>('supervisor1', '/auth/me');
    rememberSignedOut('SESSION_EXPIRED', me.json.id);
    window.history.replaceState({}, '', '/#/login');

    const { user } = await start();
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('会话已过期，请重新登录');
    expect(notice).toHaveTextContent(`登录后将回到您之前的页面：/orders/${id}/show`);
    await signIn(user, 'supervisor1');
    await screen.findByRole('heading', { level: 1, name: id }, { timeout: 10_000 });
    expect(window.location.hash).toBe(`#/orders/${id}/show`);
  });

  it('speaks the language chosen on it, and the console opens in that language', async () => {
    // The production store (localStorage): the console reads the choice from it when it starts.
    const { user, store } = await start({ store: createConsoleStore() });
    await user.selectOptions(screen.getByRole('combobox', { name: '界面语言' }), 'en');
    expect(await screen.findByRole('heading', { name: 'ICP Filing Review Console' })).toBeVisible();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(store.getItem('locale')).toBe('en');

    await user.type(screen.getByLabelText('Username'), 'reviewer1');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('button', { name: 'Claim next' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('starts in English when English was chosen before', async () => {
    const store = memoryStore({ locale: 'en' });
    await start({ store });
    expect(screen.getByRole('heading', { name: 'ICP Filing Review Console' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });

  it('fills the form from a demo account in one click', async () => {
    const { user } = await start();
    const demo = screen.getByRole('region', { name: '演示账号' });
    await user.click(within(demo).getByRole('button', { name: '填入 support1（客服）' }));
    expect(screen.getByLabelText('用户名')).toHaveValue('support1');
    expect(screen.getByLabelText('密码')).toHaveValue(PASSWORD);
  });
});
