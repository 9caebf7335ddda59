import { Alert, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface DraftState {
  restored: boolean;
  otherRevision: { revision: number } | null;
  takeOtherRevision: () => void;
  discardOtherRevision: () => void;
}

/**
 * Above a form: that a saved draft was restored, or that a draft was left on another submission of
 * the order (never restored silently: it may no longer fit what the applicant changed).
 */
export const DraftNotice = ({
  draft,
  currentRevision,
}: {
  draft: DraftState;
  currentRevision: number;
}) => {
  const translate = useTranslate();
  if (draft.otherRevision) {
    return (
      <Alert
        severity="info"
        role="status"
        action={
          <>
            <Button color="inherit" size="small" onClick={draft.takeOtherRevision}>
              {translate('app.reliability.draft.use_stale')}
            </Button>
            <Button color="inherit" size="small" onClick={draft.discardOtherRevision}>
              {translate('app.reliability.draft.discard')}
            </Button>
          </>
        }
      >
        {translate('app.reliability.draft.stale', {
          revision: draft.otherRevision.revision,
          current: currentRevision,
        })}
      </Alert>
    );
  }
  if (!draft.restored) return null;
  return (
    <Typography variant="caption" color="text.secondary" role="status">
      {translate('app.reliability.draft.restored')}
    </Typography>
  );
};
