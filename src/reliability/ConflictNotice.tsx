import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useEnumLabel } from '../shared/useEnumLabel';
import { dismissConflict, useConflict } from './conflictStore';

/** The explanation of the last conflict on this order, above it, until the reviewer has read it. */
export const ConflictNotice = ({ orderId }: { orderId: string }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const conflict = useConflict(orderId);
  if (!conflict) return null;
  const args = { ...conflict.args };
  if (typeof args.action === 'string')
    args.action = enumLabel('audit_events', 'action', args.action);
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 2, overflowWrap: 'anywhere' }}
      action={
        <Button color="inherit" size="small" onClick={() => dismissConflict(orderId)}>
          {translate('app.reliability.dismiss')}
        </Button>
      }
    >
      <AlertTitle>{translate('app.reliability.conflict.title')}</AlertTitle>
      <bdi>{translate(conflict.message, args)}</bdi>
      <br />
      {translate('app.reliability.reloaded')} {translate('app.reliability.kept')}
    </Alert>
  );
};
