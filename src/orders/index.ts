import type { Order } from '../domain/types';
import { lazyPage } from '../lazyPages';

export default {
  // The queue is not part of the sign-in page's load: App fetches it at once for a stored session.
  list: lazyPage(
    () => import('./OrderList'),
    (m) => m.OrderList,
  ),
  // The order page (review, materials, checks) loads when first opened, or first when idle.
  show: lazyPage(
    () => import('./OrderShow'),
    (m) => m.OrderShow,
    { prefetchFirst: true },
  ),
  recordRepresentation: (order: Order) => order.id,
};
