import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useShortcut } from '../keyboard/useShortcuts';
import { useClaimNext } from './useClaimNext';

/** The reviewer's main move: take the most urgent order and open it (also the `n` key). */
export const ClaimNextButton = () => {
  const translate = useTranslate();
  const { canClaim, claimNext, isPending } = useClaimNext();
  useShortcut(
    { scope: 'page', group: 'app.keyboard.groups.queue' },
    {
      keys: ['n'],
      description: 'app.keyboard.queue.claim_next',
      run: claimNext,
      enabled: canClaim,
    },
  );
  if (!canClaim) return null;
  return (
    <Button
      variant="contained"
      size="medium"
      startIcon={<PlayArrowIcon />}
      disabled={isPending}
      aria-keyshortcuts="N"
      onClick={claimNext}
    >
      {translate('app.queue.claim_next')}
    </Button>
  );
};
