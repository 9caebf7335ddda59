import type { Order } from '../domain/types';
import { OrderList } from './OrderList';
import { OrderShow } from './OrderShow';

export default {
  list: OrderList,
  show: OrderShow,
  recordRepresentation: (order: Order) => order.id,
};
