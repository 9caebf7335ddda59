import { useNotify } from 'react-admin';
import { useShortcuts } from '../keyboard/useShortcuts';

/**
 * Deciding from the keyboard: Shift+A or Ctrl+Enter opens the approval confirmation (or says what is
 * still missing), Shift+X the rejection with its reasons. Ctrl+Enter also works from the material
 * viewer, so that the last accepted material leads straight to the confirmation.
 */
export function useDecisionKeys(options: {
  blocking: number;
  approve: () => void;
  reject: () => void;
}) {
  const notify = useNotify();
  useShortcuts({ scope: 'page', group: 'app.keyboard.groups.order' }, [
    {
      keys: ['Shift+A', 'Mod+Enter'],
      description: 'app.keyboard.order.approve',
      run: () => {
        if (options.blocking > 0) {
          notify('app.keyboard.order.approve_blocked', {
            type: 'warning',
            messageArgs: { count: options.blocking },
          });
        } else options.approve();
      },
    },
    { keys: ['Shift+X'], description: 'app.keyboard.order.reject', run: options.reject },
  ]);
}
