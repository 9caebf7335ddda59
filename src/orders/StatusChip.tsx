import { Chip, type ChipProps } from '@mui/material';
import type { OrderStatus } from '../domain/types';
import { useEnumLabel } from '../shared/useEnumLabel';

/** Each status's colour, with the words always shown (colour is never the only signal). */
export const STATUS_CHIP_COLORS: Record<OrderStatus, NonNullable<ChipProps['color']>> = {
  pending_review: 'default',
  in_review: 'primary',
  bureau_pending: 'info',
  bureau_approved: 'success',
  bureau_rejected: 'error',
  rejected: 'warning',
};

export const StatusChip = ({ status }: { status: OrderStatus }) => {
  const enumLabel = useEnumLabel();
  return (
    <Chip
      label={enumLabel('orders', 'status', status)}
      color={STATUS_CHIP_COLORS[status] ?? 'default'}
      variant={status === 'in_review' ? 'filled' : 'outlined'}
      sx={{ fontWeight: 500 }}
    />
  );
};
