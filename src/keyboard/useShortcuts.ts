import { useContext, useEffect, useLayoutEffect, useRef } from 'react';
import type { Registration, Shortcut, ShortcutGroup } from './registry';
import { ShortcutContext } from './context';

/**
 * Registers a group of shortcuts for as long as the component is mounted. Handlers always see the
 * component's latest state; `enabled: false` mutes one (and hides it from the help).
 * Outside a ShortcutProvider (a component rendered alone in a test) it does nothing.
 */
export function useShortcuts(group: ShortcutGroup, shortcuts: readonly Shortcut[]): void {
  const context = useContext(ShortcutContext);
  const registration = useRef<Registration | null>(null);
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
    if (registration.current) registration.current.shortcuts = shortcuts;
  });
  const { scope, group: name, dialog } = group;
  useEffect(() => {
    if (!context) return;
    const added = context.registry.add({ scope, group: name, dialog }, latest.current);
    registration.current = added;
    return () => {
      context.registry.remove(added);
      registration.current = null;
    };
  }, [context, scope, name, dialog]);
}

/** One shortcut: `useShortcut({scope: 'page', group}, {keys: ['n'], description, run})`. */
export function useShortcut(group: ShortcutGroup, shortcut: Shortcut): void {
  useShortcuts(group, [shortcut]);
}
