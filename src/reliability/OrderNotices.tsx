import { Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { holderSince } from './holderTime';
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
      <LeaseUntil order={order} />
    </>
  );
};

/** For the holder: until when the claim is kept (the server's `leaseExpiresAt`, renewed as they work). */
const LeaseUntil = ({ order }: { order: Order & { leaseExpiresAt?: string | null } }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!order.leaseExpiresAt || order.status !== 'in_review') return null;
  if (!identity || order.assigneeId !== String(identity.id)) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: -1, mb: 1.5 }}>
      {translate('app.reliability.holder.lease_until', {
        time: holderSince(order.leaseExpiresAt),
      })}
    </Typography>
  );
};
