import { Box, Typography } from '@mui/material';
import { DataTable, List, Pagination, TopToolbar, useGetList, useTranslate } from 'react-admin';
import type { AuditEvent, User } from '../domain/types';
import { AuditDetails } from '../orders/show/AuditDetails';
import { CstDateTime } from '../shared/CstDateTime';
import { useEnumLabel } from '../shared/useEnumLabel';
import { AuditExportButton } from './AuditExportButton';
import { auditFilters } from './auditFilters';
import { OrderLink } from '../shared/OrderLink';

const Col = DataTable.Col<AuditEvent>;
const column = (name: string) => `app.audit.columns.${name}`;
const nowrap = () => ({ whiteSpace: 'nowrap' }) as const;

const Actions = () => (
  <TopToolbar>
    <AuditExportButton />
  </TopToolbar>
);

/**
 * Every audit event, newest first, filtered and paged by the server. Read-only by design: no
 * edit, no delete, no bulk actions (the API refuses any change with 405 as well).
 */
export const AuditLogList = () => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const { data: users = [] } = useGetList<User>('users', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  const status = (s: string | null) => enumLabel('orders', 'status', s);

  return (
    <List<AuditEvent>
      resource="audit_events"
      title={translate('app.audit.title')}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
      filters={auditFilters}
      actions={<Actions />}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      empty={false}
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('app.audit.append_only')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <DataTable<AuditEvent> bulkActionButtons={false} rowClick={false} size="small">
          <Col
            source="at"
            label={column('at')}
            cellSx={nowrap}
            render={(e) => <CstDateTime value={e.at} />}
          />
          <Col
            source="actorId"
            label={column('actor')}
            disableSort
            cellSx={nowrap}
            render={(e) => name(e.actorId)}
          />
          <Col
            source="actorRole"
            label={column('actorRole')}
            disableSort
            render={(e) => enumLabel('audit_events', 'actorRole', e.actorRole)}
          />
          <Col
            source="action"
            label={column('action')}
            disableSort
            cellSx={nowrap}
            render={(e) => enumLabel('audit_events', 'action', e.action)}
          />
          <Col
            source="orderId"
            label={column('orderId')}
            disableSort
            render={(e) => (e.orderId ? <OrderLink id={e.orderId} /> : null)}
          />
          <Col
            source="toStatus"
            label={column('status')}
            disableSort
            cellSx={nowrap}
            render={(e) =>
              e.fromStatus !== e.toStatus ? `${status(e.fromStatus)} → ${status(e.toStatus)}` : ''
            }
          />
          <Col
            source="details"
            label={column('details')}
            disableSort
            render={(e) => <AuditDetails details={e.details} />}
          />
        </DataTable>
      </Box>
    </List>
  );
};
