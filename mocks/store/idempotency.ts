/**
 * First answers to POST actions by (user, Idempotency-Key), replayed for a repeat of the same
 * request (api.md "Idempotency"). Kept 24 hours of mock time.
 */

export interface StoredAnswer {
  /** Method, path and canonical body of the first request. */
  fingerprint: string;
  status: number;
  /** The JSON text of the first answer's body, or null for an empty body (204). */
  body: string | null;
  storedAt: number;
}

export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60_000;

export class IdempotencyStore {
  private readonly answers = new Map<string, StoredAnswer>();

  private static key(userId: string, key: string): string {
    return `${userId}\n${key}`;
  }

  get(userId: string, key: string, now: number): StoredAnswer | undefined {
    const id = IdempotencyStore.key(userId, key);
    const answer = this.answers.get(id);
    if (answer && now - answer.storedAt > IDEMPOTENCY_RETENTION_MS) {
      this.answers.delete(id);
      return undefined;
    }
    return answer;
  }

  put(userId: string, key: string, answer: StoredAnswer): void {
    this.answers.set(IdempotencyStore.key(userId, key), answer);
  }

  clear(): void {
    this.answers.clear();
  }

  export(): [string, StoredAnswer][] {
    return [...this.answers.entries()];
  }

  import(entries: readonly [string, StoredAnswer][]): void {
    for (const [id, answer] of entries) this.answers.set(id, answer);
  }
}
