import { List, ListItem, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { mainDomain } from '../domain/format';
import type { Order } from '../domain/types';
import { StatusChip } from '../orders/StatusChip';
import { CstDateTime } from '../shared/CstDateTime';
import { OrderLink } from '../shared/OrderLink';
import { useEnumLabel } from '../shared/useEnumLabel';

/** Every other order of the same subject (certificate number), listed by the server. */
export const SubjectOrders = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const { data, isPending } = useGetList<Order>('orders', {
    filter: { sameSubjectAs: order.id },
    sort: { field: 'submittedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  if (isPending) return null;
  const others = (data ?? []).filter((o) => o.id !== order.id);
  if (others.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.support.no_same_subject')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label={translate('app.support.same_subject')}>
      {others.map((other) => (
        <ListItem key={other.id} disableGutters sx={{ gap: 1.5, flexWrap: 'wrap' }}>
          <OrderLink id={other.id} sx={{ fontWeight: 600 }} />
          <Typography variant="body2">{enumLabel('orders', 'type', other.type)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {mainDomain(other)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            <CstDateTime value={other.submittedAt} />
          </Typography>
          <StatusChip status={other.status} />
        </ListItem>
      ))}
    </List>
  );
};
