import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { REJECTION_REASONS } from '../domain/reasons';
import type { MaterialKind } from '../domain/types';
import { useDialogSend } from '../keyboard/useDialogSend';
import { growingTextArea } from '../shared/textArea';

/** Reasons about this kind of material first, then the other material reasons, then the rest. */
function orderedReasons(kind: MaterialKind) {
  const rank = (r: (typeof REJECTION_REASONS)[number]) =>
    r.target?.kind === 'material' && r.target.ref === kind ? 0 : r.category === 'materials' ? 1 : 2;
  return [...REJECTION_REASONS].sort((a, b) => rank(a) - rank(b));
}

const TITLE_ID = 'reject-material-title';

/** The reason picker a material rejection needs (the catalog's codes feed the order's reasons). */
export const RejectMaterialDialog = ({
  open,
  kind,
  kindLabel,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  kind: MaterialKind;
  kindLabel: string;
  onCancel: () => void;
  onConfirm: (reasonCode: string, note: string) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`app.materials.verdict.${key}`, args);
  const confirm = () => {
    setTried(true);
    if (reason) onConfirm(reason, note.trim());
  };
  useDialogSend({
    dialog: TITLE_ID,
    group: 'app.keyboard.groups.reject_material',
    description: 'app.keyboard.reject_material.send',
    send: confirm,
    enabled: open,
    hints: [{ keys: [], label: '↑ / ↓ · Enter', description: 'app.keyboard.reject_material.pick' }],
  });
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby={TITLE_ID}>
      <DialogTitle id={TITLE_ID}>{t('reject_title', { kind: kindLabel })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            autoFocus
            label={t('reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={tried && !reason}
            helperText={tried && !reason ? t('reason_required') : ' '}
          >
            {orderedReasons(kind).map((r) => (
              <MenuItem key={r.code} value={r.code}>
                {locale === 'en' ? r.titleEn : r.titleZh}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            {...growingTextArea(2)}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('cancel')}</Button>
        <Button variant="contained" color="error" onClick={confirm}>
          {t('confirm_reject')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
