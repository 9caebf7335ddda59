import type { QueryClient } from '@tanstack/react-query';
import {
  getQuery,
  parseQueryFromLocation,
  removeEmpty,
  type DataProvider,
  type GetListParams,
  type SortPayload,
  type Store,
} from 'react-admin';
import { queueViewFilter } from '../domain/orderQuery';
import type { Order, Role } from '../domain/types';
import { hashRoute, opensOnQueue } from './queueRoute';

/** The queue's defaults: by deadline, 25 a page. */
export const QUEUE_SORT: SortPayload = { field: 'slaDueAt', order: 'ASC' };
export const QUEUE_PER_PAGE = 25;

/**
 * How long a fetched queue page counts as fresh. Long enough that the page fetched while the
 * console starts is not fetched a second time when the queue mounts a moment later; short enough
 * that coming back to the queue shows what changed (every action also refreshes it).
 */
export const QUEUE_FRESH_MS = 3_000;

/** A choice filter's width on the queue's bar (the search is wider). */
export const QUEUE_FILTER_WIDTH = 150;

/**
 * The filters shown at once on the queue's bar, in order, and their widths: the filters themselves
 * (orderFilters.tsx) and the skeleton that holds their place while they load
 * (QueueToolbarSkeleton.tsx) both read it, so nothing moves when the inputs arrive.
 */
export const QUEUE_FILTER_BAR: readonly { source: string; minWidth: number }[] = [
  { source: 'q', minWidth: 380 },
  { source: 'status', minWidth: QUEUE_FILTER_WIDTH },
  { source: 'province', minWidth: QUEUE_FILTER_WIDTH },
  { source: 'deadline', minWidth: QUEUE_FILTER_WIDTH },
  { source: 'hasFailingChecks', minWidth: QUEUE_FILTER_WIDTH },
];

/** Reviewers land on what waits to be claimed; support, which claims nothing, on everything. */
export function queueDefaultFilter(role: Role | null | undefined): Record<string, unknown> {
  return role === 'support' ? {} : { ...queueViewFilter('unclaimed', '') };
}

/**
 * Starts fetching the queue page a stored session is about to show, while the console is still
 * starting (checking the session, rendering the layout): the list then renders its rows in its
 * first frame instead of waiting for its own request. The parameters are worked out as react-admin's
 * list does (`getQuery`: the address, else the remembered parameters, else the defaults), and the
 * answer goes under the key its `useGetList` reads. A different page (another address) fetches
 * nothing; a failed fetch is simply made again by the list.
 */
export function prefetchQueuePage(options: {
  queryClient: QueryClient;
  dataProvider: DataProvider;
  store: Store;
  role: Role;
  hash: string;
}): void {
  if (!opensOnQueue(options.hash)) return;
  const { search } = hashRoute(options.hash);
  const query = getQuery({
    queryFromLocation: parseQueryFromLocation({ search: search ? `?${search}` : '' }),
    params: options.store.getItem('orders.listParams', {}),
    filterDefaultValues: queueDefaultFilter(options.role),
    sort: QUEUE_SORT,
    perPage: QUEUE_PER_PAGE,
  });
  fetchQueuePageAhead(options.queryClient, options.dataProvider, {
    page: query.page,
    perPage: query.perPage,
    sort: { field: query.sort, order: query.order },
    filter: query.filter,
  });
}

/** A page of the queue, as react-admin's list asks for it. */
export interface QueuePageParams {
  page: number;
  perPage: number;
  sort: SortPayload;
  filter: Record<string, unknown>;
}

/**
 * The queue's first page for a filter, as react-admin's list asks for it once the filter applies
 * (the filter less its empty fields): fetched ahead under this shape, it is the list's own request.
 */
export function queueFirstPage(
  list: { perPage: number; sort: SortPayload },
  filter: Record<string, unknown>,
): QueuePageParams {
  return { page: 1, perPage: list.perPage, sort: list.sort, filter: removeEmpty(filter) };
}

/**
 * A page of orders as a query: under the key react-admin's `useGetList` reads it from (the
 * parameters in the shape it builds them), so that the list, when it renders with these parameters,
 * finds it there (or in flight).
 */
export function queuePageQuery(dataProvider: DataProvider, page: QueuePageParams) {
  const params: GetListParams = {
    pagination: { page: page.page, perPage: page.perPage },
    sort: page.sort,
    filter: page.filter,
    meta: undefined,
  };
  return {
    queryKey: ['orders', 'getList', params],
    queryFn: () =>
      dataProvider
        .getList<Order>('orders', params)
        .then(({ data, total, pageInfo, meta }) => ({ data, total, pageInfo, meta })),
  };
}

/**
 * Fetches a page of orders into the cache for the list (see `queuePageQuery`). A page fetched less
 * than `QUEUE_FRESH_MS` ago, or in flight, is not fetched again: asked twice for one change (as the
 * choice is made, then as the filter applies), it is one request.
 */
export function fetchQueuePageAhead(
  queryClient: QueryClient,
  dataProvider: DataProvider,
  page: QueuePageParams,
): void {
  void queryClient.prefetchQuery({
    ...queuePageQuery(dataProvider, page),
    staleTime: QUEUE_FRESH_MS,
  });
}

/**
 * The address of the queue with these list parameters, written as react-admin's list writes it (its
 * `?filter=…&displayedFilters=…&page=…` query, which it reads back with the same meaning).
 */
export function queueSearch(query: {
  filter: Record<string, unknown>;
  displayedFilters: Record<string, unknown>;
  page: number;
  perPage: number;
  sort: SortPayload;
}): string {
  return `?${new URLSearchParams({
    displayedFilters: JSON.stringify(query.displayedFilters),
    filter: JSON.stringify(query.filter),
    order: query.sort.order,
    page: String(query.page),
    perPage: String(query.perPage),
    sort: query.sort.field,
  }).toString()}`;
}

/** Whether two filters are the same, whatever the order of their fields. */
export function sameFilter(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
