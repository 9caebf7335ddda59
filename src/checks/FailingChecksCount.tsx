import ErrorOutline from '@mui/icons-material/ErrorOutline';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { failingChecks } from '../domain/checks/summary';
import type { Order } from '../domain/types';

/** The queue's cell: how many checks fail, as an icon and a number (the words in its name). */
export const FailingChecksCount = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const failing = failingChecks(order.checks ?? []).length;
  if (failing === 0) {
    return (
      <Box component="span" color="text.disabled" aria-label={translate('app.checks.all_passed')}>
        –
      </Box>
    );
  }
  const label = translate('app.checks.failing_count', { count: failing });
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      title={label}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'error.main' }}
    >
      <ErrorOutline fontSize="inherit" aria-hidden />
      {failing}
    </Box>
  );
};
