import { useEffect, useRef } from 'react';

export interface ViewerKeyActions {
  step: (delta: number) => void;
  zoom: (factor: number) => void;
  rotate: () => void;
  fit: () => void;
  accept: () => void;
  reject: () => void;
  compare: () => void;
  fullscreen: () => void;
  help: () => void;
}

/** Typing in a field (the reject note, a select) must never move, turn or decide a material. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'combobox' ||
    target.closest('[role="listbox"]') !== null
  );
}

/** The viewer's keys (listed in KeyboardHelp), live while `enabled` (no other dialog on top). */
export function useViewerKeys(enabled: boolean, actions: ViewerKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const a = latest.current;
      const handlers: Record<string, () => void> = {
        ArrowRight: () => a.step(1),
        k: () => a.step(1),
        ArrowLeft: () => a.step(-1),
        j: () => a.step(-1),
        '+': () => a.zoom(1.25),
        '=': () => a.zoom(1.25),
        '-': () => a.zoom(1 / 1.25),
        r: a.rotate,
        f: a.fit,
        F: a.fullscreen,
        a: a.accept,
        x: a.reject,
        c: a.compare,
        '?': a.help,
      };
      const handler = handlers[event.key] ?? handlers[event.key.toLowerCase()];
      if (event.key === 'F' && event.shiftKey) {
        event.preventDefault();
        a.fullscreen();
        return;
      }
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
