import { Box, Typography } from '@mui/material';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../domain/types';
import { Section } from '../../shared/Section';
import { TimelineEntry } from './TimelineEntry';

/** 时间线: the order's audit events, oldest first. Support may not read the audit: no timeline. */
export const OrderTimeline = ({ orderId }: { orderId: string }) => {
  const { canAccess } = useCanAccess({ resource: 'audit_events', action: 'list' });
  if (!canAccess) return null;
  return <TimelineContent orderId={orderId} />;
};

const TimelineContent = ({ orderId }: { orderId: string }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<AuditEvent>('audit_events', {
    filter: { orderId },
    sort: { field: 'at', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <Section title={translate('resources.orders.sections.timeline')}>
      {!isPending && data.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.order.timeline_empty')}
        </Typography>
      )}
      <Box
        component="ol"
        sx={{
          listStyle: 'none',
          m: 0,
          p: 0,
          borderLeft: 1,
          borderColor: 'divider',
          ml: 0.75,
          '& > li': { ml: '-1px' },
        }}
      >
        {data.map((event) => (
          <TimelineEntry key={event.id} event={event} />
        ))}
      </Box>
    </Section>
  );
};
