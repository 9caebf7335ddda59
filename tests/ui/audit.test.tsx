import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../../src/domain/types';
import { API, api, apiLogin, FROZEN_NOW, listOrders, renderApp, signInAs } from './helpers';

/** The audit log as a supervisor uses it: filters that the server applies, and the CSV export. */

async function eventsFromApi(filter: Record<string, unknown>): Promise<AuditEvent[]> {
  const { token } = await apiLogin('supervisor1');
  const out: AuditEvent[] = [];
  for (let start = 0; ; start += 100) {
    const query = new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify(['at', 'DESC']),
      range: JSON.stringify([start, start + 99]),
    });
    const response = await fetch(`${API}/audit_events?${query.toString()}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const page = (await response.json()) as AuditEvent[];
    out.push(...page);
    if (page.length < 100) return out;
  }
}

/** The ids shown in the table, read from its order-number links. */
const shownOrderIds = () => {
  const table = screen.queryByRole('table');
  return table
    ? within(table)
        .queryAllByRole('link')
        .map((link) => link.textContent)
    : [];
};

/** RFC 4180 parser: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the audit log', () => {
  it('filters by action, order and date on the server, newest first, with nothing to edit', async () => {
    await signInAs('supervisor1');
    const rejections = await eventsFromApi({ action: 'reject' });
    const target = rejections[0];
    if (!target?.orderId) throw new Error('the seed has no rejection');

    const { user } = renderApp({ route: '/audit_events' });
    expect(await screen.findByText('记录只追加，不可修改或删除。')).toBeInTheDocument();
    await screen.findAllByRole('link', { name: /^BA\d{10}$/ }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: /删除|编辑/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: '操作' }));
    await user.click(await screen.findByRole('option', { name: '驳回' }));
    await waitFor(() =>
      expect(shownOrderIds()).toEqual(rejections.slice(0, 25).map((e) => e.orderId)),
    );

    await user.click(screen.getByRole('textbox', { name: '订单号' }));
    await user.paste(` ${target.orderId.toLowerCase()}`);
    await waitFor(() => expect(shownOrderIds()).toEqual([target.orderId]));
    expect(within(screen.getByRole('table')).getByText(/驳回原因/)).toBeInTheDocument();

    // A range ending on the rejection's day keeps it; one ending the day before hides it.
    const sameDay = target.at.slice(0, 10);
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: sameDay } });
    fireEvent.change(screen.getByLabelText('截止日期'), { target: { value: sameDay } });
    await waitFor(() =>
      expect(window.location.hash).toContain(encodeURIComponent(`${sameDay}T23`)),
    );
    await waitFor(() => expect(shownOrderIds()).toEqual([target.orderId]));
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: '' } });
    const dayBefore = new Date(Date.parse(target.at) - 86_400_000 + 8 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    fireEvent.change(screen.getByLabelText('截止日期'), { target: { value: dayBefore } });
    await waitFor(() => expect(shownOrderIds()).toEqual([]));
  }, 40_000);

  it('exports the filtered log as UTF-8 CSV with a BOM, every page of it', async () => {
    await signInAs('supervisor1');
    const calls = await eventsFromApi({ action: 'call' });
    expect(calls.length).toBeGreaterThan(100);
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:http://localhost/audit.csv';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const { user } = renderApp({ route: '/audit_events' });
    await screen.findAllByRole('link', { name: /^BA\d{10}$/ }, { timeout: 10_000 });
    await user.click(screen.getByRole('combobox', { name: '操作' }));
    await user.click(await screen.findByRole('option', { name: '电话核验' }));
    await waitFor(() => expect(shownOrderIds()).toEqual(calls.slice(0, 25).map((e) => e.orderId)));
    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await screen.findByText(`已导出 ${calls.length} 条记录`)).toBeInTheDocument();

    const bytes = await readBlob(blob as unknown as Blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows[0]).toEqual(['时间', '操作人', '角色', '操作', '订单号', '状态变化', '详情', 'ID']);
    const body = rows.slice(1);
    expect(body.map((r) => r[7])).toEqual(calls.map((e) => e.id));
    expect(body.map((r) => r[0])).toEqual(calls.map((e) => e.at));
    expect(body.map((r) => r[4])).toEqual(calls.map((e) => e.orderId));
    expect(new Set(body.map((r) => r[3]))).toEqual(new Set(['电话核验']));
    expect(body[0]?.[6]).toMatch(/^结果: /);
  });

  it('shows the times in an event’s details as people read them, in Beijing time', async () => {
    // A claim left alone past its lease: the server releases it and records both times.
    const [order] = (await listOrders({ status: 'pending_review' }, 1)).orders;
    if (!order) throw new Error('the seed has no order to claim');
    const claim = await api('reviewer1', `/orders/${order.id}/claim`, {
      method: 'POST',
      body: { version: order.version },
    });
    expect(claim.status).toBe(200);
    const later = new Date(Date.parse(FROZEN_NOW) + 45 * 60_000).toISOString();
    await api('supervisor1', '/_dev/clock', { method: 'POST', body: { now: later, frozen: true } });
    const lapses = await eventsFromApi({ action: 'lease_expired', orderId: order.id });
    expect(lapses).toHaveLength(1);

    await signInAs('supervisor1');
    const { user } = renderApp({ route: '/audit_events' });
    await screen.findAllByRole('link', { name: /^BA\d{10}$/ }, { timeout: 10_000 });
    await user.click(screen.getByRole('textbox', { name: '订单号' }));
    await user.paste(order.id);
    await waitFor(() => expect(new Set(shownOrderIds())).toEqual(new Set([order.id])));
    const row = (await screen.findByText('领取超时释放')).closest('tr')!;
    // FROZEN_NOW is 10:00 in Beijing; the lease ran 30 minutes.
    expect(within(row).getByText('领取时间：').parentElement).toHaveTextContent(
      '领取时间：2026-11-27 10:00',
    );
    expect(within(row).getByText('领取到期时间：').parentElement).toHaveTextContent(
      '领取到期时间：2026-11-27 10:30',
    );
    expect(row.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  }, 40_000);

  it('is in the supervisor’s menu only', async () => {
    await signInAs('reviewer1');
    renderApp({ route: '/orders' });
    expect(await screen.findByRole('menuitem', { name: /审核队列/ })).toBeInTheDocument();
    expect(await screen.findByRole('menuitem', { name: /我的数据/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /审计日志/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /工作量/ })).not.toBeInTheDocument();
  });
});
