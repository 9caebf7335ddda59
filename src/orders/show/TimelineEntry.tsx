import { Box, Typography } from '@mui/material';
import { ReferenceField, TextField, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../domain/types';
import { CstDateTime } from '../../shared/CstDateTime';
import { useEnumLabel } from '../../shared/useEnumLabel';
import { AuditDetails } from './AuditDetails';

const STAFF_ROLES = ['reviewer', 'supervisor', 'support'];

/** One audit event: when (CST), who, what, the status change, and the action's details. */
export const TimelineEntry = ({ event }: { event: AuditEvent }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const status = (s: string | null) => (s ? enumLabel('orders', 'status', s) : '');
  const statusChanged = event.toStatus !== null && event.fromStatus !== event.toStatus;
  const role = enumLabel('audit_events', 'actorRole', event.actorRole);

  return (
    <Box component="li" sx={{ position: 'relative', pl: 2, pb: 1.5, minWidth: 0 }}>
      <Box
        aria-hidden
        sx={{
          position: 'absolute',
          left: -4.5,
          top: 6,
          width: 8,
          height: 8,
          borderRadius: '50%',
          bgcolor: statusChanged ? 'primary.main' : 'text.disabled',
        }}
      />
      <Typography variant="caption" color="text.secondary" component="div">
        <CstDateTime value={event.at} />
      </Typography>
      <Typography variant="body2" component="div" sx={{ fontWeight: 600 }}>
        {enumLabel('audit_events', 'action', event.action)}
        {statusChanged && (
          <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary', ml: 1 }}>
            {event.fromStatus
              ? translate('app.order.timeline_status', {
                  from: status(event.fromStatus),
                  to: status(event.toStatus),
                })
              : status(event.toStatus)}
          </Box>
        )}
      </Typography>
      <Typography variant="body2" color="text.secondary" component="div">
        {STAFF_ROLES.includes(event.actorRole) ? (
          <>
            <ReferenceField record={event} source="actorId" reference="users" link={false}>
              <TextField source="name" variant="body2" />
            </ReferenceField>
            {` · ${role}`}
          </>
        ) : (
          role
        )}
      </Typography>
      <AuditDetails details={event.details} />
    </Box>
  );
};
