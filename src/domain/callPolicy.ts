import { REVIEW_POLICY } from './policy';
import type { CallAttempt } from './types';

/**
 * The call-back rule (domain.md §8, api.md `calls`): after an attempt that did not connect, the next
 * attempt waits `callRetryMinutes`; "applicant unreachable" may be chosen only after
 * `unreachableAfterAttempts` unanswered attempts, each that far apart, in the current revision.
 */

const RETRY_MS = REVIEW_POLICY.callRetryMinutes * 60_000;

function ofRevision(calls: readonly CallAttempt[], revision: number): CallAttempt[] {
  return calls
    .filter((c) => c.revision === revision)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** When the next attempt is allowed, or null when it is allowed now (no unanswered last attempt). */
export function nextCallAllowedAt(calls: readonly CallAttempt[], revision: number): Date | null {
  const last = ofRevision(calls, revision).at(-1);
  if (!last || last.outcome === 'connected') return null;
  return new Date(Date.parse(last.at) + RETRY_MS);
}

export function callAllowedNow(
  calls: readonly CallAttempt[],
  revision: number,
  now: Date,
): boolean {
  const at = nextCallAllowedAt(calls, revision);
  return at === null || now.getTime() >= at.getTime();
}

export function hasConnectedCall(calls: readonly CallAttempt[], revision: number): boolean {
  return ofRevision(calls, revision).some((c) => c.outcome === 'connected');
}

/**
 * Unanswered attempts that count towards "unreachable": each at least the retry interval after the
 * previous counted one.
 */
export function spacedUnansweredAttempts(calls: readonly CallAttempt[], revision: number): number {
  let count = 0;
  let lastCounted: number | null = null;
  for (const call of ofRevision(calls, revision)) {
    if (call.outcome === 'connected') continue;
    const at = Date.parse(call.at);
    if (lastCounted === null || at - lastCounted >= RETRY_MS) {
      count += 1;
      lastCounted = at;
    }
  }
  return count;
}

export function unreachableRejectionAllowed(
  calls: readonly CallAttempt[],
  revision: number,
): boolean {
  return spacedUnansweredAttempts(calls, revision) >= REVIEW_POLICY.unreachableAfterAttempts;
}

/** A call-back is due when the last attempt went unanswered and the retry time has come. */
export function callbackDue(calls: readonly CallAttempt[], revision: number, now: Date): boolean {
  const at = nextCallAllowedAt(calls, revision);
  return at !== null && now.getTime() >= at.getTime();
}
