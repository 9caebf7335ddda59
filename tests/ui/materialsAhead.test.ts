import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import type { Material } from '../../src/domain/types';
import { orderMaterialsParams } from '../../src/orders/show/orderPrefetch';
import { createDataProvider } from '../../src/providers/dataProvider';
import {
  fetchMaterialsAhead,
  type MaterialsAheadMessage,
  type MaterialsAheadRequest,
} from '../../src/providers/materialsAhead';
import { API, listOrders, signInAs } from './helpers';

/**
 * A stand-in for the browser's worker: runs the worker's job (materialsAhead.ts) on this thread,
 * against the mock API, and answers through `onmessage` as the worker's messages arrive.
 */
class InThreadWorker {
  static started = 0;
  static requests: MaterialsAheadRequest[] = [];
  onmessage: ((event: MessageEvent<MaterialsAheadMessage>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    InThreadWorker.started += 1;
  }
  postMessage(request: MaterialsAheadRequest) {
    InThreadWorker.requests.push(request);
    void fetchMaterialsAhead(request, fetch, (message) =>
      setTimeout(() => this.onmessage?.({ data: message } as MessageEvent<MaterialsAheadMessage>)),
    );
  }
  terminate() {}
}

/** A worker that cannot start (a blocked script, say): it fails at the first message. */
class BrokenWorker extends InThreadWorker {
  override postMessage() {
    setTimeout(() => this.onerror?.());
  }
}

async function freshClient(worker: typeof InThreadWorker | null) {
  // The client keeps its worker for the page's life: a fresh module per test.
  vi.resetModules();
  if (worker) vi.stubGlobal('Worker', worker);
  InThreadWorker.started = 0;
  InThreadWorker.requests = [];
  const { createDataProvider: create } = await import('../../src/providers/dataProvider');
  return create(API);
}

async function anOrder() {
  const { orders } = await listOrders({});
  return orders[0]!;
}

describe('an order’s materials fetched ahead on a worker', () => {
  beforeEach(async () => {
    await signInAs('reviewer1');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gets the same list as the data provider’s getList, and the current files', async () => {
    const provider = await freshClient(InThreadWorker);
    const order = await anOrder();
    const params = orderMaterialsParams(order.id);
    const ahead = await provider.getMaterialsAhead!(params, order.revision);
    expect(ahead).not.toBeNull();

    const expected = await createDataProvider(API).getList<Material>('materials', params);
    const list = await ahead!.list;
    expect(list.total).toBe(expected.total);
    expect(list.data).toEqual(expected.data);
    expect(list.data.length).toBeGreaterThan(0);

    const files = await ahead!.files;
    expect([...files.keys()]).toEqual(list.data.map((m) => m.id));
    const first = await files.get(list.data[0]!.id)!;
    const direct = await createDataProvider(API).getMaterialFile(list.data[0]!.id);
    expect(await first.text()).toBe(await direct.text());
    expect(InThreadWorker.started).toBe(1);
  });

  it('sends the session’s token, and the page’s address of the API', async () => {
    const provider = await freshClient(InThreadWorker);
    const order = await anOrder();
    await provider.getMaterialsAhead!(orderMaterialsParams(order.id), order.revision);
    const [request] = InThreadWorker.requests;
    const token = JSON.parse(localStorage.getItem('beian.auth')!).token as string;
    expect(request!.listHeaders.Authorization).toBe(`Bearer ${token}`);
    expect(request!.fileHeaders.Authorization).toBe(`Bearer ${token}`);
    expect(request!.listUrl.startsWith(`${API}/materials?`)).toBe(true);
    expect(request!.fileUrl).toBe(`${API}/materials/{id}/file`);
  });

  it('hands back a failed list as a rejection, and a failed file as one, for the page to ask again', async () => {
    const provider = await freshClient(InThreadWorker);
    const order = await anOrder();
    server.use(
      http.get(`${API}/materials`, () =>
        HttpResponse.json({ code: 'UNAVAILABLE' }, { status: 503 }),
      ),
    );
    const failed = await provider.getMaterialsAhead!(
      orderMaterialsParams(order.id),
      order.revision,
    );
    await expect(failed!.list).rejects.toThrow();
    expect((await failed!.files).size).toBe(0);

    server.resetHandlers();
    server.use(
      http.get(`${API}/materials/:id/file`, () => new HttpResponse(null, { status: 500 })),
    );
    const noFiles = await provider.getMaterialsAhead!(
      orderMaterialsParams(order.id),
      order.revision,
    );
    const files = await noFiles!.files;
    expect(files.size).toBeGreaterThan(0);
    for (const file of files.values()) await expect(file).rejects.toThrow();
  });

  it('answers null without a worker or a session, and gives up on a worker that cannot start', async () => {
    vi.stubGlobal('Worker', undefined);
    const without = await freshClient(null);
    const order = await anOrder();
    const params = orderMaterialsParams(order.id);
    expect(await without.getMaterialsAhead!(params, order.revision)).toBeNull();

    const broken = await freshClient(BrokenWorker);
    const first = await broken.getMaterialsAhead!(params, order.revision);
    await expect(first!.list).rejects.toThrow();
    // Once failed, the page fetches for itself: no second worker.
    expect(await broken.getMaterialsAhead!(params, order.revision)).toBeNull();
    expect(InThreadWorker.started).toBe(1);

    const signedOut = await freshClient(InThreadWorker);
    localStorage.clear();
    expect(await signedOut.getMaterialsAhead!(params, order.revision)).toBeNull();
    expect(InThreadWorker.started).toBe(0);
  });
});
