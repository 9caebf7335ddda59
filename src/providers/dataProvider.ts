import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams } from 'react-admin';
import type { Order } from '../domain/types';
import { fetchBlob, httpClient } from './httpClient';
import { newIdempotencyKey } from './idempotency';

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
    getJson: async <T>(path: string): Promise<T> =>
      (await httpClient(`${apiUrl}${path}`)).json as T,
    postJson: async <T>(path: string, body: unknown, options?: ActionOptions): Promise<T> =>
      (await post(path, body, options)).json as T,
    resetDemoData: async () => {
      await httpClient(`${apiUrl}/_dev/reset`, { method: 'POST', body: '{}' });
    },
  };
}
