import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Chip, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { OPEN_STATUSES } from '../../domain/status';
import type { Order } from '../../domain/types';
import { useEnumLabel } from '../../shared/useEnumLabel';
import { DeadlineText } from '../DeadlineText';
import { StatusChip } from '../StatusChip';

/** Order number, status, type and the deadline, always in view at the top of the page. */
export const OrderShowHeader = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  return (
    <Stack
      direction="row"
      alignItems="center"
      spacing={1.5}
      useFlexGap
      flexWrap="wrap"
      sx={{ mb: 2 }}
    >
      <Tooltip title={translate('app.order.back_to_queue')}>
        <IconButton
          component={Link}
          to="/orders"
          aria-label={translate('app.order.back_to_queue')}
          size="small"
        >
          <ArrowBackIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Typography variant="h5" component="h1" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {order.id}
      </Typography>
      <StatusChip status={order.status} />
      <Chip variant="outlined" label={enumLabel('orders', 'type', order.type)} />
      <Chip variant="outlined" label={enumLabel('orders', 'filerKind', order.filerKind)} />
      <Chip variant="outlined" label={enumLabel('orders', 'province', order.province)} />
      <Typography variant="body2" color="text.secondary">
        {translate('app.order.revision', { revision: order.revision })}
      </Typography>
      <Box sx={{ flex: 1 }} />
      {OPEN_STATUSES.includes(order.status) && (
        <Typography variant="body2" component="div">
          <DeadlineText order={order} />
        </Typography>
      )}
    </Stack>
  );
};
