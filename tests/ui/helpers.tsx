import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore, type Store } from 'react-admin';
import { expect } from 'vitest';
import { App } from '../../src/App';
import type { Order, User } from '../../src/domain/types';
import { writeAuth } from '../../src/providers/authStorage';

/** jsdom has no origin that `/api` could resolve against: tests talk to an absolute URL. */
export const API = 'http://localhost/api';
export const PASSWORD = 'demo1234';
/** A Friday morning in CST: the seed has orders on time, due soon and overdue at this instant. */
export const FROZEN_NOW = '2026-11-27T10:00:00+08:00';
/** An order number as shown in the queue's first column. */
export const ORDER_ID = /^BA\d{10}$/;

export async function apiLogin(username: string): Promise<{ token: string; user: User }> {
  const response = await fetch(`${API}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${username} failed: ${response.status}`);
  return (await response.json()) as { token: string; user: User };
}

export async function api<T = unknown>(
  username: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; json: T }> {
  const { token } = await apiLogin(username);
  const response = await fetch(`${API}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
}

/** Seed 1 with the clock frozen at a known instant, as the browser tests do. */
export async function resetMock(): Promise<void> {
  const clock = await api('supervisor1', '/_dev/clock', {
    method: 'POST',
    body: { now: FROZEN_NOW, frozen: true },
  });
  if (clock.status !== 200) throw new Error(`clock failed: ${clock.status}`);
  const reset = await api('supervisor1', '/_dev/reset', { method: 'POST', body: { seed: 1 } });
  if (reset.status !== 200) throw new Error(`reset failed: ${reset.status}`);
}

/** Orders as the queue lists them (deadline first), and how many match in all. */
export async function listOrders(
  filter: Record<string, unknown>,
  perPage = 25,
  sort: [string, 'ASC' | 'DESC'] = ['slaDueAt', 'ASC'],
): Promise<{ orders: Order[]; total: number }> {
  const { token } = await apiLogin('supervisor1');
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify(sort),
    range: JSON.stringify([0, perPage - 1]),
  });
  const response = await fetch(`${API}/orders?${query.toString()}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`list failed: ${response.status}`);
  const total = Number(response.headers.get('Content-Range')?.split('/').pop());
  return { orders: (await response.json()) as Order[], total };
}

/** Signs in through the API (fast) so a test can start on any page. */
export async function signInAs(username: string): Promise<User> {
  const { token, user } = await apiLogin(username);
  writeAuth({ token, user });
  return user;
}

export function renderApp(options: { route?: string; store?: Store } = {}) {
  const store = options.store ?? memoryStore();
  if (options.route) window.history.replaceState({}, '', `/#${options.route}`);
  const user = userEvent.setup();
  const view = render(<App apiUrl={API} store={store} demo />);
  return { ...view, user, store };
}

/** The queue's data rows once loaded (the header row excluded). */
export async function findOrderRows(): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', {}, { timeout: 10_000 });
  await waitFor(() => expect(within(table).getAllByText(ORDER_ID).length).toBeGreaterThan(0), {
    timeout: 10_000,
  });
  // The filters and the pagination render just after the rows, in place of their skeleton.
  await waitFor(() => expect(document.querySelector('[data-queue-skeleton]')).toBeNull(), {
    timeout: 10_000,
  });
  return within(table).getAllByRole('row').slice(1);
}

/** Waits until the queue shows exactly these orders (by number), in this order. */
export async function expectQueueToShow(ids: string[]): Promise<void> {
  await waitFor(
    async () => {
      const table = screen.getByRole('table');
      const shown = within(table)
        .queryAllByText(ORDER_ID)
        .map((cell) => cell.textContent);
      expect(shown).toEqual(ids);
    },
    { timeout: 10_000 },
  );
}
