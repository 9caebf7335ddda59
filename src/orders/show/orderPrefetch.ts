import type { QueryClient } from '@tanstack/react-query';
import type { GetListParams } from 'react-admin';
import { currentSubmissionMaterials } from '../../domain/resubmission';
import type { Material, Order } from '../../domain/types';
import type { ReviewDataProvider } from '../../providers/dataProvider';
import { orderQueryKey } from '../orderQueryKey';

/** The order page's list of materials (MaterialThumbnails reads it under this key). */
export const orderMaterialsParams = (orderId: string): GetListParams => ({
  filter: { orderId },
  pagination: { page: 1, perPage: 100 },
  sort: { field: 'id', order: 'ASC' },
  meta: undefined,
});

/** Long enough that the list fetched on the click is not fetched again when the page mounts. */
export const MATERIALS_FRESH_MS = 3_000;

/** How long a thumbnail fetched ahead waits for the page to take it. */
const KEEP_MS = 30_000;
const ahead = new Map<string, { file: Promise<Blob>; at: number }>();

/**
 * The thumbnail fetched ahead for this material, if any: taken once (the page then owns its object
 * URL), and only while recent, so that a file fetched long ago is fetched again.
 */
export function takeFileFetchedAhead(materialId: string): Promise<Blob> | null {
  const entry = ahead.get(materialId);
  ahead.delete(materialId);
  return entry && Date.now() - entry.at <= KEEP_MS ? entry.file : null;
}

/**
 * Opening an order from the queue: the order itself, its materials and their thumbnails are
 * fetched at once, while the order page is still rendering (on these machines, a few hundred
 * milliseconds before the page itself would ask), so that the first image is there when the page
 * is. The page first shows the queue's row of the order (react-admin keeps each listed record
 * under its `getOne` key) and then the whole order, which it would otherwise only ask for once
 * mounted: a second render of the whole page, ahead of the thumbnails. Failures are left to the
 * page, which asks again.
 */
export function fetchOrderPageAhead(
  queryClient: QueryClient,
  dataProvider: ReviewDataProvider,
  order: Pick<Order, 'id' | 'revision'>,
): void {
  // Fetched whatever the cache holds, as the page's mount would: the listed row is not the order.
  void queryClient.prefetchQuery({
    queryKey: orderQueryKey(order.id),
    queryFn: () => dataProvider.getOne<Order>('orders', { id: order.id }).then(({ data }) => data),
    staleTime: 0,
  });
  const params = orderMaterialsParams(order.id);
  // On a worker's thread where there is one: the list and the files then come in while the page
  // renders, instead of each answer waiting for the render to end before asking for the next.
  let filesFetched = false;
  queryClient
    .fetchQuery({
      queryKey: ['materials', 'getList', params],
      queryFn: async () => {
        // `in`: react-admin's proxy of the data provider makes up a function for any name.
        const inWorker =
          'getMaterialsAhead' in dataProvider
            ? await dataProvider.getMaterialsAhead?.(params, order.revision)
            : null;
        if (!inWorker) {
          return dataProvider
            .getList<Material>('materials', params)
            .then(({ data, total, pageInfo, meta }) => ({ data, total, pageInfo, meta }));
        }
        filesFetched = true;
        void inWorker.files.then((files) => {
          for (const [materialId, file] of files) remember(materialId, file);
        });
        return inWorker.list;
      },
      staleTime: MATERIALS_FRESH_MS,
    })
    .then(({ data }) => {
      if (filesFetched) return;
      for (const material of currentSubmissionMaterials(data, order.revision)) {
        if (ahead.has(material.id)) continue;
        const file = dataProvider.getMaterialFile(material.id);
        file.catch(() => undefined);
        remember(material.id, file);
      }
    })
    .catch(() => undefined);
}

function remember(materialId: string, file: Promise<Blob>): void {
  if (!ahead.has(materialId)) ahead.set(materialId, { file, at: Date.now() });
}
