import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import WarningAmber from '@mui/icons-material/WarningAmber';
import { Box, Button, Chip, ListItem, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CheckResult, CheckStatus } from '../domain/types';
import { showField } from './locateField';

const ICONS: Record<CheckStatus, typeof ErrorOutline> = {
  fail: ErrorOutline,
  warn: WarningAmber,
  pass: CheckCircleOutline,
};
const COLORS = { fail: 'error', warn: 'warning', pass: 'success' } as const;

/** The message in the reviewer's language (the engine writes both). */
export function useCheckMessage() {
  const [locale] = useLocaleState();
  return (check: CheckResult) =>
    locale === 'en' && check.messageEn ? check.messageEn : check.message;
}

/** One check result: what it found, whether it blocks approval, and a jump to its field. */
export const CheckItem = ({ check }: { check: CheckResult }) => {
  const translate = useTranslate();
  const messageOf = useCheckMessage();
  const Icon = ICONS[check.status];
  const message = messageOf(check);
  return (
    <ListItem disableGutters sx={{ alignItems: 'flex-start', gap: 1, py: 0.5 }}>
      <Icon fontSize="small" color={COLORS[check.status]} aria-hidden sx={{ mt: 0.25 }} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {message}
        </Typography>
        {check.status === 'fail' && check.blocking && (
          <Chip
            label={translate('app.checks.blocking')}
            size="small"
            color="error"
            variant="outlined"
            sx={{ mt: 0.5, height: 20 }}
          />
        )}
      </Box>
      {check.field && check.status !== 'pass' && (
        <Button
          size="small"
          onClick={() => showField(check.field ?? '')}
          aria-label={translate('app.checks.locate_label', { message })}
          sx={{ flexShrink: 0, minWidth: 0 }}
        >
          {translate('app.checks.locate')}
        </Button>
      )}
    </ListItem>
  );
};
