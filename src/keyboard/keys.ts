/**
 * Key combinations as written in the registry ("j", "ArrowDown", "Shift+A", "Mod+Enter", "?") and
 * the two questions every key press is asked: is the user typing, and is it inside an overlay?
 */

export interface KeyCombo {
  key: string;
  shift: boolean;
  /** Ctrl, or ⌘ on a Mac. */
  mod: boolean;
  alt: boolean;
}

export function parseCombo(spec: string): KeyCombo {
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const key = parts.pop() ?? '';
  const has = (name: string) => parts.some((p) => p.toLowerCase() === name);
  return { key, shift: has('shift'), mod: has('mod') || has('ctrl'), alt: has('alt') };
}

const isLetter = (key: string) => /^[a-z]$/i.test(key);

/**
 * Letters compare without case, Shift decides (`a` is not `Shift+A`); other characters ("?", "+")
 * are what the keyboard produced, whatever Shift it took to produce them.
 */
export function matches(combo: KeyCombo, event: KeyboardEvent): boolean {
  if (combo.mod !== (event.ctrlKey || event.metaKey) || combo.alt !== event.altKey) return false;
  if (isLetter(combo.key)) {
    return event.key.toLowerCase() === combo.key.toLowerCase() && event.shiftKey === combo.shift;
  }
  if (combo.key.length === 1) return event.key === combo.key;
  return event.key === combo.key && event.shiftKey === combo.shift;
}

/** Ctrl, ⌘ or Alt held: such a combination is never typed text. */
export const hasCommandModifier = (event: KeyboardEvent) =>
  event.ctrlKey || event.metaKey || event.altKey;

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file']);

/** A key pressed here is text (or a choice in a field), never a command. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // A closed MUI select (a combobox that is not an input) takes no text: its keys are commands.
  const role = target.getAttribute('role');
  return role === 'textbox' || role === 'spinbutton';
}

/** The MUI dialog, menu or popover (a select's list) the element is in, if any. */
export function overlayOf(element: Element | null): Element | null {
  return (
    element?.closest('.MuiDialog-root, .MuiPopover-root, .MuiMenu-root, [role="dialog"]') ?? null
  );
}

/** How a combination reads in the help: "Shift + A", "Ctrl + Enter", "→". */
const NAMES: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  ' ': 'Space',
  '-': '−',
};

export function displayCombo(spec: string): string {
  const combo = parseCombo(spec);
  const key = NAMES[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
  return [combo.mod && 'Ctrl', combo.alt && 'Alt', combo.shift && 'Shift', key]
    .filter(Boolean)
    .join(' + ');
}
