import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams } from 'react-admin';
import type { Order } from '../domain/types';
import { readAuth } from './authStorage';
import { fetchBlob, httpClient } from './httpClient';
import { newIdempotencyKey } from './idempotency';
import { requestMaterialsAhead, type MaterialsAhead } from './materialsAheadClient';

/** The assignee filter's "nobody holds it" choice; the API spells it `assigneeId: null`. */
export const UNASSIGNED = '__unassigned__';

export interface ActionOptions {
  /** One key per user intent; a new one is made when omitted. */
  idempotencyKey?: string;
}

/** A claim's lease as the heartbeat answers it. */
export interface Lease {
  orderId: string;
  assigneeId: string;
  claimedAt: string;
  leaseExpiresAt: string;
}

/** The review API's custom methods, beside the standard react-admin ones. */
export interface ReviewDataProvider extends DataProvider {
  claim(id: string, version: number, options?: ActionOptions): Promise<Order>;
  /** The most urgent available order, now claimed by the caller; null when the queue is empty. */
  claimNext(options?: ActionOptions): Promise<Order | null>;
  release(id: string, version: number, options?: ActionOptions): Promise<Order>;
  /** Heartbeat of a claim (contracts: leases): keeps the caller's hold on the order alive. */
  renewLease(id: string, options?: ActionOptions): Promise<Lease>;
  /** Any order action of api.md, e.g. `orderAction(id, 'approve', {version, overrides})`. */
  orderAction(
    id: string,
    action: string,
    body: Record<string, unknown>,
    options?: ActionOptions,
  ): Promise<Order>;
  /**
   * A material's image, fetched with the token (an `<img src>` could not send it); `size: 'full'`
   * asks for the 4000 px scan the viewer zooms into.
   */
  getMaterialFile(materialId: string, size?: 'full'): Promise<Blob>;
  /**
   * An order's materials (`getList('materials', params)`) and the current submission's files,
   * fetched on a worker's thread (see materialsAhead.ts); null where there is no worker, or with
   * no session. Absent from test doubles: the page then fetches them itself. A promise, as
   * react-admin's `useDataProvider` expects of every method.
   */
  getMaterialsAhead?(params: GetListParams, revision: number): Promise<MaterialsAhead | null>;
  /** Demo only: rebuild the mock backend's seeded data. */
  resetDemoData(): Promise<void>;
  /** GET a JSON endpoint beside the REST resources, e.g. `/stats/dashboard?from=…`. */
  getJson<T>(path: string): Promise<T>;
  /** POST to such an endpoint (e.g. a second-review verdict), with an idempotency key. */
  postJson<T>(path: string, body: unknown, options?: ActionOptions): Promise<T>;
}

function toApiFilter(resource: string, filter: GetListParams['filter']): GetListParams['filter'] {
  if (resource !== 'orders' || filter?.assigneeId !== UNASSIGNED) return filter;
  return { ...filter, assigneeId: null };
}

/**
 * A list's address as ra-data-simple-rest writes it (`?filter=…&range=[start,end]&sort=[field,order]`)
 * and the `Range` header it sends, for requests made outside it (the worker's).
 */
function simpleRestList(apiUrl: string, resource: string, params: GetListParams) {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 10 };
  const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
  const start = (page - 1) * perPage;
  const end = page * perPage - 1;
  const query = new URLSearchParams({
    filter: JSON.stringify(params.filter),
    range: JSON.stringify([start, end]),
    sort: JSON.stringify([field, order]),
  });
  return { url: `${apiUrl}/${resource}?${query}`, range: `${resource}=${start}-${end}` };
}

export function createDataProvider(apiUrl: string): ReviewDataProvider {
  const base = simpleRestProvider(apiUrl, httpClient);

  const post = async (path: string, body: unknown, options?: ActionOptions) =>
    httpClient(`${apiUrl}${path}`, {
      method: 'POST',
      body: JSON.stringify(body ?? {}),
      idempotencyKey: options?.idempotencyKey ?? newIdempotencyKey(),
    });

  const orderAction: ReviewDataProvider['orderAction'] = async (id, action, body, options) => {
    const { json } = await post(`/orders/${encodeURIComponent(id)}/${action}`, body, options);
    return json as Order;
  };

  return {
    ...base,
    getList: (resource, params) =>
      base.getList(resource, { ...params, filter: toApiFilter(resource, params.filter) }),
    claim: (id, version, options) => orderAction(id, 'claim', { version }, options),
    release: (id, version, options) => orderAction(id, 'release', { version }, options),
    renewLease: async (id, options) =>
      (await post(`/orders/${encodeURIComponent(id)}/lease`, {}, options)).json as Lease,
    claimNext: async (options) => {
      const { status, json } = await post('/orders/claim-next', {}, options);
      return status === 204 || !json ? null : (json as Order);
    },
    orderAction,
    getMaterialFile: (materialId, size) =>
      fetchBlob(
        `${apiUrl}/materials/${encodeURIComponent(materialId)}/file${size ? `?size=${size}` : ''}`,
      ),
    getMaterialsAhead: async (params, revision) => {
      const auth = readAuth();
      if (!auth) return null;
      // The worker resolves addresses against its script's; the page's are what is meant.
      const api = new URL(apiUrl, window.location.href).href.replace(/\/$/, '');
      const list = simpleRestList(api, 'materials', params);
      const authorization = `Bearer ${auth.token}`;
      return requestMaterialsAhead({
        listUrl: list.url,
        listHeaders: {
          Accept: 'application/json',
          Authorization: authorization,
          Range: list.range,
        },
        fileUrl: `${api}/materials/{id}/file`,
        fileHeaders: { Authorization: authorization },
        revision,
      });
    },
    getJson: async <T>(path: string): Promise<T> =>
      (await httpClient(`${apiUrl}${path}`)).json as T,
    postJson: async <T>(path: string, body: unknown, options?: ActionOptions): Promise<T> =>
      (await post(path, body, options)).json as T,
    resetDemoData: async () => {
      await httpClient(`${apiUrl}/_dev/reset`, { method: 'POST', body: '{}' });
    },
  };
}
