import type { Order } from '../domain/types';
import { ConflictNotice } from './ConflictNotice';
import { HolderBanner } from './HolderBanner';
import { useLeaseHeartbeat } from './useLeaseHeartbeat';

/**
 * Under the order page's header: who else holds the order, and what changed under the reviewer's
 * feet. The claim of the reviewer holding the order is kept alive from here while they work.
 */
export const OrderNotices = ({ order }: { order: Order }) => {
  useLeaseHeartbeat(order);
  return (
    <>
      <ConflictNotice orderId={order.id} />
      <HolderBanner order={order} />
    </>
  );
};
