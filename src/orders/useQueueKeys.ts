import { useRef } from 'react';
import { useShortcuts } from '../keyboard/useShortcuts';

const k = (key: string) => `app.keyboard.queue.${key}`;

/**
 * Moving through the queue from the keyboard: j/↓ and k/↑ move a visible focus over the rows of
 * the table inside the returned ref, Enter opens the focused order.
 */
export function useQueueKeys() {
  const tableRef = useRef<HTMLDivElement>(null);
  const rows = () => [...(tableRef.current?.querySelectorAll<HTMLElement>('tbody tr') ?? [])];
  const focused = () => rows().findIndex((row) => row === document.activeElement);

  const move = (delta: number) => {
    const all = rows();
    if (all.length === 0) return false;
    const current = focused();
    const index =
      current === -1
        ? delta > 0
          ? 0
          : all.length - 1
        : Math.min(all.length - 1, Math.max(0, current + delta));
    const row = all[index];
    if (!row) return false;
    row.tabIndex = -1;
    row.focus();
    row.scrollIntoView?.({ block: 'nearest' });
  };

  useShortcuts({ scope: 'page', group: 'app.keyboard.groups.queue' }, [
    { keys: ['j', 'ArrowDown'], description: k('next_row'), run: () => move(1) },
    { keys: ['k', 'ArrowUp'], description: k('previous_row'), run: () => move(-1) },
    {
      keys: ['Enter'],
      description: k('open_row'),
      run: () => {
        const row = rows()[focused()];
        if (!row) return false;
        row.click();
      },
    },
  ]);
  return tableRef;
}
