import type { RefObject } from 'react';
import { useShortcuts } from '../keyboard/useShortcuts';

/**
 * `/` and Ctrl+K (⌘K) focus the lookup box from any page, through the one shortcut registry: never
 * while the user types in a field, and listed in the `?` help.
 */
export function useLookupShortcut(input: RefObject<HTMLInputElement | null>): void {
  useShortcuts({ scope: 'global', group: 'app.keyboard.groups.general' }, [
    {
      keys: ['/', 'Mod+k'],
      description: 'app.lookup.shortcut',
      run: () => {
        input.current?.focus();
        input.current?.select();
      },
    },
  ]);
}
