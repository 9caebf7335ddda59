import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

const QUICK_REASONS = ['call', 'materials', 'applicant_request', 'bureau'] as const;

/** Asks why a masked field is needed in full: a quick choice or the user's own words. */
export const RevealDialog = ({
  open,
  fieldLabel,
  pending,
  error,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  fieldLabel: string;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) => {
  const translate = useTranslate();
  const [choice, setChoice] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [touched, setTouched] = useState(false);
  const reason = (choice ? translate(`app.privacy.reasons.${choice}`) : other).trim();
  const valid = reason.length >= 2 && reason.length <= 200;
  const submit = () => {
    setTouched(true);
    if (valid && !pending) onConfirm(reason);
  };
  return (
    <Dialog open={open} onClose={onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('app.privacy.dialog_title', { field: fieldLabel })}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2" sx={{ mb: 2 }}>
          {translate('app.privacy.dialog_intro')}
        </DialogContentText>
        <Stack
          direction="row"
          useFlexGap
          flexWrap="wrap"
          gap={1}
          role="group"
          aria-label={translate('app.privacy.reason_label')}
          sx={{ mb: 2 }}
        >
          {QUICK_REASONS.map((key) => (
            <Chip
              key={key}
              label={translate(`app.privacy.reasons.${key}`)}
              color={choice === key ? 'primary' : 'default'}
              variant={choice === key ? 'filled' : 'outlined'}
              aria-pressed={choice === key}
              onClick={() => setChoice(choice === key ? null : key)}
            />
          ))}
        </Stack>
        <TextField
          label={translate('app.privacy.reason_other')}
          value={other}
          onChange={(event) => {
            setOther(event.target.value);
            setChoice(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
          fullWidth
          size="small"
          slotProps={{ htmlInput: { maxLength: 200 } }}
          error={(touched && !valid) || error !== null}
          helperText={
            error ??
            (touched && !valid
              ? translate('app.privacy.reason_required')
              : translate('app.privacy.reason_help'))
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={pending}>
          {translate('app.privacy.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
