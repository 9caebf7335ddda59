import { useEffect, useLayoutEffect, type RefObject } from 'react';
import { useShortcuts } from '../keyboard/useShortcuts';

/** The mounted lookup box's way to take the focus, and whether `/` was pressed before it was. */
let focusBox: (() => void) | null = null;
let focusPending = false;

/**
 * `/` and Ctrl+K (⌘K) focus the lookup box from any page, through the one shortcut registry: never
 * while the user types in a field, and listed in the `?` help. Registered by the app bar from its
 * first frame; the box itself renders just after it (AppBar.tsx), and a `/` pressed in between
 * focuses it as soon as it is there.
 */
export function useLookupShortcut(): void {
  // A `/` pressed just before the app bar went away (a sign-out) is not kept for the next one.
  useEffect(
    () => () => {
      focusPending = false;
    },
    [],
  );
  useShortcuts({ scope: 'global', group: 'app.keyboard.groups.general' }, [
    {
      keys: ['/', 'Mod+k'],
      description: 'app.lookup.shortcut',
      run: () => {
        if (focusBox) focusBox();
        else focusPending = true;
      },
    },
  ]);
}

/** The lookup box's input: the target of the shortcut while it is mounted. */
export function useLookupFocusTarget(input: RefObject<HTMLInputElement | null>): void {
  useLayoutEffect(() => {
    focusBox = () => {
      input.current?.focus();
      input.current?.select();
    };
    if (focusPending) {
      focusPending = false;
      focusBox();
    }
    return () => {
      focusBox = null;
    };
  }, [input]);
}
