import { Alert } from '@mui/material';
import { useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import type { Order, User } from '../domain/types';
import { holderSince } from './holderTime';

/** On the order page: somebody else holds this order, since when (the actions are theirs). */
export const HolderBanner = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data: holder } = useGetOne<User>(
    'users',
    { id: order.assigneeId ?? '' },
    { enabled: !!order.assigneeId },
  );
  const since = holderSince(order.claimedAt);
  if (order.status !== 'in_review' || !order.assigneeId || !identity) return null;
  if (order.assigneeId === String(identity.id)) return null;
  return (
    <Alert severity="info" role="status" sx={{ mb: 2 }}>
      <bdi>
        {translate('app.reliability.holder.banner', {
          name: holder?.name ?? order.assigneeId,
          time: since,
        })}
      </bdi>
    </Alert>
  );
};
