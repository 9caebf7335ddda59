import { hasCommandModifier, isTyping, matches, overlayOf, parseCombo } from './keys';

/**
 * The one shortcut registry of the console. Features register groups of shortcuts (useShortcuts);
 * one keydown listener decides which, if any, a key press means; the help overlay (`?`) lists what
 * is registered right now, i.e. the shortcuts of the current page.
 *
 * - `global`: everywhere (the help itself).
 * - `page`: the current page, never inside a dialog or a menu unless Ctrl/⌘/Alt is held.
 * - `dialog`: only while the focus is inside that dialog (named by the id of an element in it).
 * Nothing fires while the user types in a field, except combinations marked `whileTyping`
 * (Ctrl+Enter to send a form), which need Ctrl/⌘/Alt.
 */

export type ShortcutScope = 'global' | 'page' | 'dialog';

export interface Shortcut {
  /** Alternatives, any of which triggers it: ["ArrowRight", "k"], ["Shift+A", "Mod+Enter"]. */
  keys: readonly string[];
  /** Message key of what it does, for the help overlay. */
  description: string;
  /** Omitted for hints (keys a field handles itself, listed in the help only). Returning `false`
   * means "nothing to do here": the key keeps its usual effect. */
  run?: (event: KeyboardEvent) => void | boolean;
  enabled?: boolean;
  whileTyping?: boolean;
  /** What the help shows instead of the keys ("1–6"). */
  label?: string;
}

export interface ShortcutGroup {
  scope: ShortcutScope;
  /** Message key of the group's heading in the help. */
  group: string;
  /** For `dialog` scope: the id of an element inside the dialog, usually its title. */
  dialog?: string;
}

export interface Registration extends ShortcutGroup {
  order: number;
  /** Replaced on every render of the registering component: handlers see its latest state. */
  shortcuts: readonly Shortcut[];
}

const SCOPE_RANK: Record<ShortcutScope, number> = { dialog: 0, page: 1, global: 2 };

function dialogElement(id: string | undefined): Element | null {
  if (!id) return null;
  const inner = document.getElementById(id);
  // The whole modal (its backdrop container takes the focus when nothing inside has it).
  return inner?.closest('.MuiDialog-root') ?? inner?.closest('[role="dialog"]') ?? null;
}

/** MUI mounts each dialog at the end of the body: the last one is on top. */
function topmostDialog(): Element | null {
  const dialogs = document.querySelectorAll('.MuiDialog-root');
  return dialogs[dialogs.length - 1] ?? null;
}

export function createRegistry() {
  const registrations = new Set<Registration>();
  let counter = 0;

  /** Most specific first: dialogs, then the page, then global; the latest mounted first. */
  const ranked = () =>
    [...registrations].sort(
      (a, b) => SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] || b.order - a.order,
    );

  const applies = (registration: Registration, target: Element | null, command: boolean) => {
    if (registration.scope === 'dialog') {
      const dialog = dialogElement(registration.dialog);
      if (!dialog) return false;
      // A key with no focused element behind it (the page's body) goes to the topmost dialog.
      if (!target || target === document.body) return dialog === topmostDialog();
      return dialog.contains(target);
    }
    return command || overlayOf(target) === null;
  };

  return {
    add(group: ShortcutGroup, shortcuts: readonly Shortcut[]): Registration {
      counter += 1;
      const registration: Registration = { ...group, order: counter, shortcuts };
      registrations.add(registration);
      return registration;
    },
    remove(registration: Registration) {
      registrations.delete(registration);
    },

    /** Runs the shortcut the key press means, if any; answers whether one ran. */
    dispatch(event: KeyboardEvent): boolean {
      if (event.defaultPrevented || event.isComposing || event.repeat) return false;
      const target = event.target instanceof Element ? event.target : null;
      const typing = isTyping(target);
      const command = hasCommandModifier(event);
      for (const registration of ranked()) {
        for (const shortcut of registration.shortcuts) {
          if (!shortcut.run || shortcut.enabled === false) continue;
          if (!shortcut.keys.some((spec) => matches(parseCombo(spec), event))) continue;
          if (typing && !(shortcut.whileTyping && command)) continue;
          if (!applies(registration, target, command)) continue;
          if (shortcut.run(event) === false) continue;
          event.preventDefault();
          return true;
        }
      }
      return false;
    },

    /** What the help lists: enabled shortcuts of mounted groups (open dialogs first), by group. */
    snapshot(): { group: string; scope: ShortcutScope; shortcuts: Shortcut[] }[] {
      const groups = new Map<
        string,
        { group: string; scope: ShortcutScope; shortcuts: Shortcut[] }
      >();
      const inMountOrder = [...registrations].sort(
        (a, b) => SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] || a.order - b.order,
      );
      for (const registration of inMountOrder) {
        if (registration.scope === 'dialog' && !dialogElement(registration.dialog)) continue;
        const visible = registration.shortcuts.filter((s) => s.enabled !== false);
        if (visible.length === 0) continue;
        const entry = groups.get(registration.group) ?? {
          group: registration.group,
          scope: registration.scope,
          shortcuts: [],
        };
        entry.shortcuts.push(...visible);
        groups.set(registration.group, entry);
      }
      return [...groups.values()];
    },
  };
}

export type ShortcutRegistry = ReturnType<typeof createRegistry>;
