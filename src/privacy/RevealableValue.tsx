import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { Box, IconButton, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import { maskFieldValue } from '../domain/personalFields';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { serverNow } from '../providers/serverClock';
import { RevealDialog } from './RevealDialog';

/** Without the ripple (many of these on a page), keyboard focus still shows. */
const FOCUSABLE = {
  p: 0.25,
  '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main' },
} as const;

interface Revealed {
  value: string;
  until: number;
}

/**
 * A personal field, masked by default. Reviewers and supervisors may show it in full for
 * `REVIEW_POLICY.revealSeconds` after giving a reason (`POST /api/orders/:id/reveal`, an audit
 * event); support only ever sees the server's masked value.
 */
export const RevealableValue = ({
  orderId,
  field,
  value,
  label,
}: {
  orderId: string;
  field: string;
  value: string | null | undefined;
  /** The field's name, for the button and the dialog. */
  label: string;
}) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const [dialog, setDialog] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [left, setLeft] = useState(0);

  useEffect(() => {
    if (!revealed) return undefined;
    const tick = () => {
      const seconds = Math.ceil((revealed.until - serverNow().getTime()) / 1000);
      if (seconds <= 0) setRevealed(null);
      else setLeft(seconds);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [revealed]);

  if (value === null || value === undefined || value === '') return null;
  const masked = maskFieldValue(field, value);
  const canReveal = identity?.role === 'reviewer' || identity?.role === 'supervisor';

  const confirm = async (reason: string) => {
    setPending(true);
    setError(null);
    try {
      const answer = await dataProvider.postJson<{ value: string; revealedUntil: string }>(
        `/orders/${encodeURIComponent(orderId)}/reveal`,
        { field, reason },
      );
      setRevealed({ value: answer.value, until: Date.parse(answer.revealedUntil) });
      setDialog(false);
    } catch (failure) {
      setError(translate('app.privacy.failed', { error: (failure as Error).message }));
    } finally {
      setPending(false);
    }
  };

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }} data-masked={!revealed}>
        {revealed ? revealed.value : masked}
      </Box>
      {canReveal && !revealed && masked !== value && (
        <IconButton
          size="small"
          disableRipple
          aria-label={translate('app.privacy.reveal_field', { field: label })}
          title={translate('app.privacy.reveal_field', { field: label })}
          onClick={() => setDialog(true)}
          sx={FOCUSABLE}
        >
          <VisibilityIcon fontSize="inherit" />
        </IconButton>
      )}
      {revealed && (
        <>
          <Typography component="span" variant="caption" color="warning.main" role="status">
            {translate('app.privacy.revealed_for', { seconds: left })}
          </Typography>
          <IconButton
            size="small"
            disableRipple
            aria-label={translate('app.privacy.hide')}
            title={translate('app.privacy.hide')}
            onClick={() => setRevealed(null)}
            sx={FOCUSABLE}
          >
            <VisibilityOffIcon fontSize="inherit" />
          </IconButton>
        </>
      )}
      {dialog && (
        <RevealDialog
          open
          fieldLabel={label}
          pending={pending}
          error={error}
          onCancel={() => {
            setDialog(false);
            setError(null);
          }}
          onConfirm={(reason) => void confirm(reason)}
        />
      )}
    </Box>
  );
};
