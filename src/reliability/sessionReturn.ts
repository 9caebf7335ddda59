/**
 * Where a user whose session ended was, and why: kept in sessionStorage (this tab only) so that the
 * sign-in form can say "your session expired" and, once signed in, take the user back to that page.
 * Drafts live in localStorage and survive the round trip untouched.
 */
const KEY = 'beian.signedOut';

export type SignedOutReason = 'SESSION_EXPIRED' | 'UNAUTHENTICATED';

export interface SignedOut {
  reason: SignedOutReason;
  /** The hash route, e.g. `/orders/BA2026112700/show`. */
  returnTo: string | null;
  /** Whose session it was: another user signing in starts on their own start page. */
  userId: string | null;
}

function currentRoute(): string | null {
  const route = window.location.hash.replace(/^#/, '');
  return route.startsWith('/') && !route.startsWith('/login') ? route : null;
}

export function rememberSignedOut(reason: SignedOutReason, userId: string): void {
  try {
    const previous = readSignedOut();
    const returnTo = currentRoute() ?? previous?.returnTo ?? null;
    sessionStorage.setItem(KEY, JSON.stringify({ reason, returnTo, userId }));
  } catch {
    // No storage: the user signs in again and lands on the start page.
  }
}

export function readSignedOut(): SignedOut | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SignedOut>;
    const reason = parsed.reason === 'SESSION_EXPIRED' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED';
    const returnTo =
      typeof parsed.returnTo === 'string' && /^\/(?!\/)/.test(parsed.returnTo)
        ? parsed.returnTo
        : null;
    const userId = typeof parsed.userId === 'string' ? parsed.userId : null;
    return { reason, returnTo, userId };
  } catch {
    return null;
  }
}

/** The page to return to after signing in, forgotten once used. */
export function takeReturnRoute(userId: string): string | null {
  const signedOut = readSignedOut();
  forgetSignedOut();
  return signedOut?.userId === userId ? signedOut.returnTo : null;
}

export function forgetSignedOut(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
