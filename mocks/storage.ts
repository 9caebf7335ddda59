import { clock, type ClockState } from './clock';
import { db, type DbChanges } from './db';
import type { SeedParams } from './seed/generate';
import type { StoredAnswer } from './store/idempotency';
import type { Session } from './store/sessions';

/**
 * Persistence of the browser demo across reloads, in localStorage under `beian-mock:`. Only what
 * differs from the seed is stored (seed parameters, clock, sessions, the change journal and the
 * remembered idempotent answers); a reload rebuilds the seed and applies the changes on top.
 */

export const STORAGE_PREFIX = 'beian-mock:';
const SCHEMA = 1;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEYS = ['schema', 'seed', 'clock', 'sessions', 'changes', 'idempotency'] as const;
type Key = (typeof KEYS)[number];

function read<T>(storage: StorageLike, key: Key): T | null {
  const text = storage.getItem(STORAGE_PREFIX + key);
  return text === null ? null : (JSON.parse(text) as T);
}

export function clearPersistedState(storage: StorageLike): void {
  for (const key of KEYS) storage.removeItem(STORAGE_PREFIX + key);
}

export function saveState(storage: StorageLike): void {
  const entries: [Key, unknown][] = [
    ['schema', SCHEMA],
    ['seed', db.params],
    ['clock', clock.state()],
    ['sessions', db.sessions.export()],
    ['changes', db.exportChanges()],
    ['idempotency', db.idempotency.export()],
  ];
  for (const [key, value] of entries) storage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
}

/** Rebuilds the store from what was saved; false (and a fresh seed) when nothing usable was. */
export function restoreState(storage: StorageLike): boolean {
  try {
    const seed = read<SeedParams>(storage, 'seed');
    if (read<number>(storage, 'schema') !== SCHEMA || !seed) throw new Error('nothing saved');
    const clockState = read<ClockState>(storage, 'clock');
    if (clockState) clock.restore(clockState);
    db.reset(seed);
    db.sessions.import(read<Session[]>(storage, 'sessions') ?? []);
    db.idempotency.import(read<[string, StoredAnswer][]>(storage, 'idempotency') ?? []);
    const changes = read<DbChanges>(storage, 'changes');
    if (changes) db.applyChanges(changes);
    return true;
  } catch {
    clearPersistedState(storage);
    db.reset();
    return false;
  }
}

/** Saves after every change of the store or the clock; returns the unsubscribe function. */
export function persistChanges(storage: StorageLike): () => void {
  let warned = false;
  const save = () => {
    try {
      saveState(storage);
    } catch (error) {
      if (!warned) console.warn('mock API: could not save the demo state', error);
      warned = true;
    }
  };
  save();
  const stopDb = db.subscribe(save);
  const stopClock = clock.subscribe(save);
  return () => {
    stopDb();
    stopClock();
  };
}
