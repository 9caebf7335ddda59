import { Box } from '@mui/material';
import { useRef } from 'react';
import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
} from 'react-admin';
import type { Order } from '../domain/types';
import { DeadlineText } from '../orders/DeadlineText';
import { CstDateTime } from '../shared/CstDateTime';
import { useRowCheckboxLabels } from '../shared/useRowCheckboxLabels';
import { BulkReassignButton } from './BulkReassignButton';
import { BulkReleaseButton } from './BulkReleaseButton';

const Col = DataTable.Col<Order>;
const field = (name: string) => `resources.orders.fields.${name}`;

const filters = [
  <ReferenceInput key="assigneeId" source="assigneeId" reference="users" alwaysOn>
    <AutocompleteInput label={field('assigneeId')} optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

const BulkActions = () => (
  <>
    <BulkReassignButton />
    <BulkReleaseButton />
  </>
);

/** Orders in review, by holder: select some to reassign them or release them to the queue. */
export const HeldOrdersList = () => {
  const tableRef = useRef<HTMLDivElement>(null);
  useRowCheckboxLabels(tableRef);
  return (
    <List<Order>
      resource="orders"
      title={false}
      filter={{ status: 'in_review' }}
      filters={filters}
      sort={{ field: 'slaDueAt', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey="workload.held"
      exporter={false}
      empty={false}
    >
      <Box ref={tableRef}>
        <DataTable<Order> bulkActionButtons={<BulkActions />} rowClick="show" size="small">
          <Col source="id" label={field('id')} />
          <Col
            source="subject.name"
            label={field('subjectName')}
            disableSort
            render={(o) => o.subject?.name}
          />
          <Col source="assigneeId" label={field('assigneeId')}>
            <ReferenceField source="assigneeId" reference="users" link={false}>
              <TextField source="name" />
            </ReferenceField>
          </Col>
          <Col
            source="claimedAt"
            label={field('claimedAt')}
            disableSort
            render={(o) => <CstDateTime value={o.claimedAt} />}
          />
          <Col
            source="slaDueAt"
            label={field('slaDueAt')}
            render={(o) => <DeadlineText order={o} />}
          />
        </DataTable>
      </Box>
    </List>
  );
};
