import type { Order } from '../domain/types';
import { OrderList } from './OrderList';
import { lazyPage } from '../lazyPages';

export default {
  list: OrderList,
  // The order page (review, materials, checks) loads when first opened.
  show: lazyPage(
    () => import('./OrderShow'),
    (m) => m.OrderShow,
  ),
  recordRepresentation: (order: Order) => order.id,
};
