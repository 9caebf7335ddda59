import { Alert, Button } from '@mui/material';
import { useCloseNotification, useTranslate } from 'react-admin';

/**
 * A failed request in plain words, with a Retry button: shown as the notification's content, so the
 * reviewer can send the same intent again (with the same idempotency key) without retyping.
 */
export const RetryMessage = ({ message, onRetry }: { message: string; onRetry: () => void }) => {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Alert
      severity="error"
      variant="filled"
      sx={{ minWidth: 320, maxWidth: 560 }}
      action={
        <Button
          color="inherit"
          size="small"
          variant="outlined"
          onClick={() => {
            close();
            onRetry();
          }}
        >
          {translate('app.reliability.retry')}
        </Button>
      }
    >
      {translate(message, { _: message })}
    </Alert>
  );
};
