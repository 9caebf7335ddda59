import { REVIEW_POLICY } from '../../src/domain/policy';
import { toCstIso } from '../../src/domain/time';

/**
 * Signed-in sessions: opaque random bearer tokens. They survive a data reset (a demo resets the data
 * without signing everybody out), end on logout, and expire `sessionTtlMinutes` after sign-in on
 * the mock clock.
 */

export interface Session {
  token: string;
  userId: string;
  createdAt: string;
  /** Absent in sessions saved by older demos: then `createdAt` + the policy's lifetime. */
  expiresAt?: string;
}

export function sessionExpiresAt(session: Session): number {
  return session.expiresAt !== undefined
    ? Date.parse(session.expiresAt)
    : Date.parse(session.createdAt) + REVIEW_POLICY.sessionTtlMinutes * 60_000;
}

function randomToken(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(userId: string, createdAt: string): Session {
    const expiresAt = toCstIso(
      new Date(Date.parse(createdAt) + REVIEW_POLICY.sessionTtlMinutes * 60_000),
    );
    const session = { token: randomToken(), userId, createdAt, expiresAt };
    this.sessions.set(session.token, session);
    return session;
  }

  get(token: string): Session | undefined {
    return this.sessions.get(token);
  }

  end(token: string): boolean {
    return this.sessions.delete(token);
  }

  clear(): void {
    this.sessions.clear();
  }

  export(): Session[] {
    return [...this.sessions.values()];
  }

  import(sessions: readonly Session[]): void {
    for (const session of sessions) this.sessions.set(session.token, session);
  }
}
