import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Drafts of what a reviewer types (notes, call notes, rejection reasons and messages, approval
 * justifications), kept in localStorage per user, order, submission (revision) and form, so that a
 * reload, a lost session or a crashed tab loses nothing. Cleared once the server took the action.
 */
const PREFIX = 'beian.draft';
/** Typing is saved this long after the last keystroke (and at once when the form goes away). */
export const DRAFT_SAVE_DELAY_MS = 300;

export interface DraftScope {
  userId: string;
  orderId: string;
  revision: number;
  /** Which form: `note`, `call`, `reject`, `approve`. */
  form: string;
}

interface Stored<T> {
  value: T;
  savedAt: string;
}

export function draftKey({ userId, orderId, revision, form }: DraftScope): string {
  return [PREFIX, userId, orderId, String(revision), form].map(encodeURIComponent).join('|');
}

function parse<T>(raw: string | null): Stored<T> | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Stored<T>>;
    return parsed && 'value' in parsed ? (parsed as Stored<T>) : null;
  } catch {
    return null;
  }
}

export function readDraft<T>(scope: DraftScope): T | null {
  return parse<T>(localStorage.getItem(draftKey(scope)))?.value ?? null;
}

export function writeDraft<T>(scope: DraftScope, value: T | null): void {
  try {
    if (value === null) localStorage.removeItem(draftKey(scope));
    else
      localStorage.setItem(
        draftKey(scope),
        JSON.stringify({ value, savedAt: new Date().toISOString() }),
      );
  } catch {
    // A full or disabled storage must not stop the reviewer from working; the form still holds it.
  }
}

export function clearDraft(scope: DraftScope): void {
  writeDraft(scope, null);
}

/** A draft of the same form on another submission of the order, newest first, if any. */
export function findOtherRevisionDraft<T>(
  scope: DraftScope,
): { revision: number; value: T } | null {
  const found: { revision: number; value: T; savedAt: string }[] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    if (!key?.startsWith(`${PREFIX}|`)) continue;
    const [, user, order, revision, form] = key.split('|').map(decodeURIComponent);
    if (user !== scope.userId || order !== scope.orderId || form !== scope.form) continue;
    if (Number(revision) === scope.revision) continue;
    const stored = parse<T>(localStorage.getItem(key));
    if (stored) found.push({ revision: Number(revision), ...stored });
  }
  found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const latest = found[0];
  return latest ? { revision: latest.revision, value: latest.value } : null;
}

/** Whether a draft holds anything worth keeping (so an untouched form stores nothing). */
export type IsEmpty<T> = (value: T) => boolean;

/**
 * State backed by a draft: starts from the saved draft of this scope (else `initial`), saves every
 * change shortly after, and `clear()` forgets it after success. A draft left on another submission
 * is not restored silently: it is offered as `otherRevision`, to take or discard.
 */
export function useDraft<T>(
  scope: DraftScope | null,
  initial: () => T,
  isEmpty: IsEmpty<T>,
): {
  value: T;
  setValue: (next: T | ((previous: T) => T)) => void;
  restored: boolean;
  /** Forgets the saved draft (after success), and sets the form to `next` when given. */
  clear: (next?: T) => void;
  otherRevision: { revision: number; value: T } | null;
  takeOtherRevision: () => void;
  discardOtherRevision: () => void;
} {
  const load = () => {
    const saved = scope ? readDraft<T>(scope) : null;
    return {
      loaded: scope !== null,
      value: saved ?? initial(),
      restored: saved !== null,
      otherRevision: scope && saved === null ? findOtherRevisionDraft<T>(scope) : null,
    };
  };
  const [state, setState] = useState(load);
  // The user became known after the first render: restore their draft then (nothing typed yet).
  if (!state.loaded && scope) setState(load());
  const scopeRef = useRef(scope);
  useEffect(() => {
    scopeRef.current = scope;
  });
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; save: () => void } | null>(null);

  const flush = useCallback(() => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    pending.current.save();
    pending.current = null;
  }, []);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      setState((current) => {
        const value =
          typeof next === 'function' ? (next as (previous: T) => T)(current.value) : next;
        const target = scopeRef.current;
        if (target) {
          if (pending.current) clearTimeout(pending.current.timer);
          const save = () => writeDraft(target, isEmpty(value) ? null : value);
          pending.current = { save, timer: setTimeout(flush, DRAFT_SAVE_DELAY_MS) };
        }
        return { ...current, value };
      });
    },
    [flush, isEmpty],
  );

  // Leaving the form (dialog closed, page changed, tab reloading) saves what is pending at once.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const clear = useCallback((next?: T) => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    if (scopeRef.current) clearDraft(scopeRef.current);
    setState((current) => ({
      ...current,
      value: next === undefined ? current.value : next,
      restored: false,
    }));
  }, []);

  const dropOther = useCallback((take: boolean) => {
    setState((current) => {
      const other = current.otherRevision;
      const target = scopeRef.current;
      if (!other || !target) return current;
      writeDraft({ ...target, revision: other.revision }, null);
      if (take) writeDraft(target, other.value);
      return {
        ...current,
        value: take ? other.value : current.value,
        restored: take,
        otherRevision: null,
      };
    });
  }, []);

  return {
    value: state.value,
    setValue,
    restored: state.restored,
    clear,
    otherRevision: state.otherRevision,
    takeOtherRevision: () => dropOther(true),
    discardOtherRevision: () => dropOther(false),
  };
}
