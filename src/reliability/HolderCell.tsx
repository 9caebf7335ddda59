import { ReferenceField, TextField, useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { holderSince } from './holderTime';

/** The queue's holder column: who holds the order and since when (`王晓燕 · 10:05 起`). */
export const HolderCell = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const since = holderSince(order.claimedAt);
  return (
    <span style={{ whiteSpace: 'nowrap', unicodeBidi: 'isolate' }}>
      <ReferenceField
        record={order}
        source="assigneeId"
        reference="users"
        link={false}
        emptyText={translate('app.order.empty_value')}
      >
        <TextField source="name" />
      </ReferenceField>
      {order.assigneeId && order.status === 'in_review' && since && (
        <>
          {' · '}
          {translate('app.reliability.holder.since', { time: since })}
        </>
      )}
    </span>
  );
};
