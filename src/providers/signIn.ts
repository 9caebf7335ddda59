import type { User } from '../domain/types';
import { takeReturnRoute } from '../reliability/sessionReturn';
import { writeAuth, type StoredAuth } from './authStorage';
import { httpClient } from './httpClient';

export function isUser(value: unknown): value is User {
  if (typeof value !== 'object' || value === null) return false;
  const user = value as Partial<User>;
  return typeof user.id === 'string' && typeof user.name === 'string' && !!user.role;
}

/** The token a sign-in in this page was answered with: the server has just confirmed it. */
let signedInToken: string | null = null;

/** Whether this token came from a sign-in in this page (no need to ask the server about it). */
export function signedInThisPage(token: string): boolean {
  return token === signedInToken;
}

export interface SignedIn {
  auth: StoredAuth;
  /** The page the user was on when their last session ended (its drafts are intact), if any. */
  returnTo: string | null;
}

/**
 * Signs in and stores the session. Refusals are thrown as errors whose message is a translation
 * key. Used by the react-admin auth provider and by the sign-in form a signed-out first visit
 * shows before the console itself has loaded (see login/startSignIn.tsx).
 */
export async function signIn(
  apiUrl: string,
  { username, password }: { username: string; password: string },
): Promise<SignedIn> {
  let json: unknown;
  try {
    ({ json } = await httpClient(`${apiUrl}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    }));
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 400 || status === 422) {
      throw new Error('app.login.invalid_credentials', { cause: error });
    }
    throw new Error(status === 0 ? 'app.errors.NETWORK' : 'app.login.failed', { cause: error });
  }
  const { token, user } = (json ?? {}) as { token?: unknown; user?: unknown };
  if (typeof token !== 'string' || !isUser(user)) throw new Error('app.login.failed');
  const auth = { token, user };
  writeAuth(auth);
  signedInToken = token;
  return { auth, returnTo: takeReturnRoute(user.id) };
}
