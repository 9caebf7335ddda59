import { useRef, type KeyboardEvent } from 'react';
import { CALL_OUTCOMES } from '../domain/callScript';
import type { CallOutcome } from '../domain/types';
import { useShortcuts } from '../keyboard/useShortcuts';

const k = (key: string) => `app.keyboard.${key}`;

/**
 * Logging a call from the keyboard: `L` puts the focus on the outcome; there, digits and ↑/↓ pick
 * the outcome without opening the list (Space still opens it), `C` ticks every point of the script
 * the applicant confirmed, Enter logs the call.
 */
export function useCallKeys(options: {
  outcome: CallOutcome;
  setOutcome: (outcome: CallOutcome) => void;
  confirmAll: () => void;
  submit: () => void;
}) {
  const outcomeRef = useRef<{ focus: () => void; node?: HTMLElement } | null>(null);
  useShortcuts({ scope: 'page', group: 'app.keyboard.groups.call' }, [
    {
      keys: ['l'],
      description: k('order.log_call'),
      run: () => {
        if (!outcomeRef.current) return false;
        outcomeRef.current.focus();
        (document.activeElement as HTMLElement | null)?.scrollIntoView?.({ block: 'center' });
      },
    },
    { keys: [], label: `1–${CALL_OUTCOMES.length}`, description: k('call.outcome_number') },
    { keys: ['ArrowUp', 'ArrowDown'], description: k('call.outcome_arrows') },
    { keys: ['c'], description: k('call.confirm_all') },
    { keys: ['Enter'], description: k('call.submit') },
  ]);

  const onKeyDownCapture = (event: KeyboardEvent<HTMLElement>) => {
    // Only on the closed field itself: inside the open list the keys belong to the list.
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'combobox') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const index = CALL_OUTCOMES.indexOf(options.outcome);
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
    let handled = true;
    if (digit >= 1 && digit <= CALL_OUTCOMES.length)
      options.setOutcome(CALL_OUTCOMES[digit - 1] ?? options.outcome);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      const next = (index + delta + CALL_OUTCOMES.length) % CALL_OUTCOMES.length;
      options.setOutcome(CALL_OUTCOMES[next] ?? options.outcome);
    } else if (event.key.toLowerCase() === 'c' && !event.shiftKey) options.confirmAll();
    else if (event.key === 'Enter') options.submit();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return { outcomeProps: { inputRef: outcomeRef, onKeyDownCapture } };
}
