import { Box } from '@mui/material';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { DataTable, List, Pagination, usePermissions, useTranslate } from 'react-admin';
import { FailingChecksCount } from '../checks/FailingChecksCount';
import { mainDomain } from '../domain/format';
import { queueViewFilter } from '../domain/orderQuery';
import type { Order, Role } from '../domain/types';
import { HolderCell } from '../reliability/HolderCell';
import { CstDateTime } from '../shared/CstDateTime';
import { useEnumLabel } from '../shared/useEnumLabel';
import { DeadlineText } from './DeadlineText';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './orderFilters';
import { QueueViewTabs } from './QueueViewTabs';
import { StatusChip } from './StatusChip';
import { useQueueKeys } from './useQueueKeys';

const Col = DataTable.Col<Order>;
const field = (name: string) => `resources.orders.fields.${name}`;
// Applicant-typed text in one line, cut with an ellipsis (the whole text in a tooltip), isolated so
// that right-to-left overrides in it cannot reorder the cells around it.
const oneLine = {
  maxWidth: 240,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  unicodeBidi: 'isolate',
} as const;
const name = { ...oneLine, minWidth: 150, maxWidth: 260 } as const;

/**
 * The queue's filters apply the moment a choice is made (react-admin waits 500 ms after every change
 * by default); the free-text search waits for a pause in typing itself (DebouncedSearchInput).
 */
const immediateFilters = (outer: Theme): Theme => ({
  ...outer,
  components: {
    ...outer.components,
    RaFilterForm: { defaultProps: { debounce: 0 } },
  } as Theme['components'],
});

/** The review queue: server-side paged, sorted by deadline, filtered; a row opens the order. */
export const OrderList = () => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const filters = useOrderFilters();
  const { permissions, isPending } = usePermissions<Role | null>();
  const tableRef = useQueueKeys();
  if (isPending) return null;
  // Reviewers land on what waits to be claimed; support, which claims nothing, on everything.
  const defaultFilter = permissions === 'support' ? {} : queueViewFilter('unclaimed', '');

  return (
    <ThemeProvider theme={immediateFilters}>
      <List<Order>
        resource="orders"
        title={translate('app.menu.queue')}
        sort={{ field: 'slaDueAt', order: 'ASC' }}
        perPage={25}
        filters={filters}
        filterDefaultValues={defaultFilter}
        actions={<OrderListActions />}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={false}
      >
        <QueueViewTabs />
        <Box ref={tableRef} sx={{ overflowX: 'auto' }}>
          <DataTable<Order> rowClick="show" bulkActionButtons={false} size="small">
            <Col source="id" label={field('id')} cellSx={() => ({ whiteSpace: 'nowrap' })} />
            <Col
              source="type"
              label={field('type')}
              render={(o) => enumLabel('orders', 'type', o.type)}
            />
            <Col
              source="filerKind"
              label={field('filerKind')}
              render={(o) => enumLabel('orders', 'filerKind', o.filerKind)}
            />
            <Col
              source="subject.name"
              label={field('subjectName')}
              disableSort
              cellSx={() => name}
              render={(o) => <bdi title={o.subject?.name}>{o.subject?.name}</bdi>}
            />
            <Col
              source="province"
              label={field('province')}
              render={(o) => enumLabel('orders', 'province', o.province)}
            />
            <Col
              source="mainDomain"
              label={field('mainDomain')}
              disableSort
              cellSx={() => oneLine}
              render={(o) => <bdi title={mainDomain(o) ?? undefined}>{mainDomain(o)}</bdi>}
            />
            <Col
              source="submittedAt"
              label={field('submittedAt')}
              cellSx={() => ({ whiteSpace: 'nowrap' })}
              render={(o) => <CstDateTime value={o.submittedAt} />}
            />
            <Col
              source="slaDueAt"
              label={field('slaDueAt')}
              render={(o) => <DeadlineText order={o} />}
            />
            <Col
              source="status"
              label={field('status')}
              render={(o) => <StatusChip status={o.status} />}
            />
            <Col
              source="checks"
              label="app.checks.column"
              disableSort
              cellSx={() => ({ whiteSpace: 'nowrap' })}
              render={(o) => <FailingChecksCount order={o} />}
            />
            <Col
              source="assigneeId"
              label={field('assigneeId')}
              render={(o) => <HolderCell order={o} />}
            />
          </DataTable>
        </Box>
      </List>
    </ThemeProvider>
  );
};
