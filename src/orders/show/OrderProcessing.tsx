import { Divider } from '@mui/material';
import { ReferenceField, TextField, useTranslate } from 'react-admin';
import type { Order } from '../../domain/types';
import { CstDateTime } from '../../shared/CstDateTime';
import { FieldGrid } from '../../shared/FieldGrid';
import { Section } from '../../shared/Section';
import { DeadlineText } from '../DeadlineText';
import { StatusChip } from '../StatusChip';
import { OrderActions } from './OrderActions';

/** The aside's first card: where the order stands and what can be done with it. */
export const OrderProcessing = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const label = (name: string) => translate(`resources.orders.fields.${name}`);
  return (
    <Section title={translate('app.order.processing')}>
      <FieldGrid
        columns={1}
        fields={[
          { label: label('status'), value: <StatusChip status={order.status} /> },
          { label: label('slaDueAt'), value: <DeadlineText order={order} />, field: 'slaDueAt' },
          {
            label: label('assigneeId'),
            value: order.assigneeId ? (
              <ReferenceField record={order} source="assigneeId" reference="users" link={false}>
                <TextField source="name" variant="body2" />
              </ReferenceField>
            ) : (
              translate('app.queue.unassigned')
            ),
          },
          {
            label: label('revision'),
            value: translate('app.order.revision', { revision: order.revision }),
          },
          { label: label('submittedAt'), value: <CstDateTime value={order.submittedAt} /> },
          {
            label: label('claimedAt'),
            value: order.claimedAt ? <CstDateTime value={order.claimedAt} /> : null,
          },
        ]}
      />
      <Divider sx={{ my: 1.5 }} />
      <OrderActions order={order} />
    </Section>
  );
};
