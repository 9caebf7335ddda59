import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Material } from '../../src/domain/types';
import {
  fetchOrderPageAhead,
  orderMaterialsParams,
  takeFileFetchedAhead,
} from '../../src/orders/show/orderPrefetch';
import type { ReviewDataProvider } from '../../src/providers/dataProvider';

const material = (id: string, revision: number) => ({ id, revision }) as Material;

function fakeProvider(materials: Material[]) {
  const files: string[] = [];
  const lists: unknown[] = [];
  const provider = {
    getOne: (resource: string, { id }: { id: string }) => {
      lists.push([resource, { id }]);
      return Promise.resolve({ data: { id, revision: 2, subject: { name: '全文' } } });
    },
    getList: (resource: string, params: unknown) => {
      lists.push([resource, params]);
      return Promise.resolve({ data: materials, total: materials.length });
    },
    getMaterialFile: (id: string) => {
      files.push(id);
      return Promise.resolve(new Blob([id]));
    },
  } as unknown as ReviewDataProvider;
  return { provider, files, lists };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('opening an order from the queue fetches its page ahead', () => {
  afterEach(() => vi.useRealTimers());

  it('fetches the whole order and lists the materials under the page’s keys, and fetches the current revision’s thumbnails', async () => {
    const queryClient = new QueryClient();
    // The queue's row of the order, as react-admin keeps it: not the whole order.
    queryClient.setQueryData(['orders', 'getOne', { id: 'A', meta: undefined }], { id: 'A' });
    const { provider, files, lists } = fakeProvider([
      material('A-1-01', 1),
      material('A-2-01', 2),
      material('A-2-02', 2),
    ]);
    fetchOrderPageAhead(queryClient, provider, { id: 'A', revision: 2 });
    await settle();
    expect(lists).toEqual([
      ['orders', { id: 'A' }],
      ['materials', orderMaterialsParams('A')],
    ]);
    expect(queryClient.getQueryData(['orders', 'getOne', { id: 'A', meta: undefined }])).toEqual(
      expect.objectContaining({ subject: { name: '全文' } }),
    );
    expect(queryClient.getQueryData(['materials', 'getList', orderMaterialsParams('A')])).toEqual(
      expect.objectContaining({ total: 3 }),
    );
    expect(files).toEqual(['A-2-01', 'A-2-02']);

    // The page takes each file once; a second look finds nothing, so it fetches its own.
    const taken = takeFileFetchedAhead('A-2-01');
    expect(await taken?.then((blob) => blob.text())).toBe('A-2-01');
    expect(takeFileFetchedAhead('A-2-01')).toBeNull();
    expect(takeFileFetchedAhead('A-1-01')).toBeNull();
    takeFileFetchedAhead('A-2-02');
  });

  it('does not hand out a file fetched long ago, nor fetch one twice while it waits', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const queryClient = new QueryClient();
    const { provider, files } = fakeProvider([material('B-1-01', 1)]);
    fetchOrderPageAhead(queryClient, provider, { id: 'B', revision: 1 });
    await settle();
    queryClient.clear();
    fetchOrderPageAhead(queryClient, provider, { id: 'B', revision: 1 });
    await settle();
    expect(files).toEqual(['B-1-01']);
    vi.setSystemTime(Date.now() + 31_000);
    expect(takeFileFetchedAhead('B-1-01')).toBeNull();
  });

  it('takes the list and the files from the worker where there is one, and fetches nothing itself', async () => {
    const queryClient = new QueryClient();
    const { provider, files, lists } = fakeProvider([]);
    const fromWorker = [material('C-1-01', 1), material('C-1-02', 1)];
    const asked: unknown[] = [];
    Object.assign(provider, {
      getMaterialsAhead: (params: unknown, revision: number) => {
        asked.push([params, revision]);
        return Promise.resolve({
          list: Promise.resolve({ data: fromWorker, total: 2 }),
          files: Promise.resolve(
            new Map(fromWorker.map((m) => [m.id, Promise.resolve(new Blob([`worker ${m.id}`]))])),
          ),
        });
      },
    });
    fetchOrderPageAhead(queryClient, provider, { id: 'C', revision: 1 });
    await settle();
    expect(asked).toEqual([[orderMaterialsParams('C'), 1]]);
    expect(lists).toEqual([['orders', { id: 'C' }]]);
    expect(files).toEqual([]);
    expect(queryClient.getQueryData(['materials', 'getList', orderMaterialsParams('C')])).toEqual({
      data: fromWorker,
      total: 2,
    });
    expect(await takeFileFetchedAhead('C-1-02')?.then((blob) => blob.text())).toBe('worker C-1-02');
    takeFileFetchedAhead('C-1-01');
  });

  it('fetches on the main thread when the worker has none to offer', async () => {
    const queryClient = new QueryClient();
    const { provider, files } = fakeProvider([material('D-1-01', 1)]);
    Object.assign(provider, { getMaterialsAhead: () => Promise.resolve(null) });
    fetchOrderPageAhead(queryClient, provider, { id: 'D', revision: 1 });
    await settle();
    expect(files).toEqual(['D-1-01']);
    takeFileFetchedAhead('D-1-01');
  });
});
