import type { AuthProvider, UserIdentity } from 'react-admin';
import type { Role } from '../domain/types';
import { forgetSignedOut, rememberSignedOut } from '../reliability/sessionReturn';
import { roleCanAccess } from './accessControl';
import { apiErrorCode } from './apiErrors';
import { clearAuth, readAuth, writeAuth } from './authStorage';
import { httpClient } from './httpClient';
import { isUser, signIn, signedInThisPage } from './signIn';

export interface ReviewIdentity extends UserIdentity {
  role: Role;
  username: string;
}

/** A 401: remember why and where (for the sign-in form and the way back), then forget the token. */
function signedOut(error: unknown, userId: string) {
  rememberSignedOut(
    apiErrorCode(error) === 'SESSION_EXPIRED' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED',
    userId,
  );
  clearAuth();
}

export function createAuthProvider(apiUrl: string): AuthProvider {
  // A stored token is confirmed with the server once per page load: a token the server forgot (the
  // in-browser demo backend forgets its sessions on reload) goes straight to the sign-in form.
  let confirmed: { token: string; check: Promise<void> } | null = null;

  const confirmToken = (token: string) => {
    // Signed in in this page (by the console's form or the one shown before it loaded): confirmed.
    if (confirmed?.token !== token && signedInThisPage(token)) {
      confirmed = { token, check: Promise.resolve() };
    }
    if (confirmed?.token !== token) {
      const check = httpClient(`${apiUrl}/auth/me`).then(({ json }) => {
        const stored = readAuth();
        if (stored && isUser(json)) writeAuth({ ...stored, user: json });
      });
      confirmed = { token, check };
      check.catch(() => {
        if (confirmed?.check === check) confirmed = null;
      });
    }
    return confirmed.check;
  };

  return {
    async login(credentials: { username: string; password: string }) {
      const { returnTo } = await signIn(apiUrl, credentials);
      // Back to the page the user was on when the session ended (drafts there are intact).
      return returnTo ? { redirectTo: returnTo } : undefined;
    },

    async logout() {
      const auth = readAuth();
      confirmed = null;
      // Without a session this is the sign-out that follows a 401: keep where the user was.
      if (!auth) return;
      forgetSignedOut();
      clearAuth();
      try {
        await httpClient(`${apiUrl}/auth/logout`, {
          method: 'POST',
          body: '{}',
          user: { authenticated: true, token: `Bearer ${auth.token}` },
        });
      } catch {
        // The session is gone locally either way; the server's copy expires on its own.
      }
    },

    async checkAuth() {
      // Reject at once without a token: no request, no redirect loop, and no "please sign in" toast
      // on a first visit (react-admin skips the notification when `message` is false).
      const auth = readAuth();
      if (!auth) throw { message: false };
      try {
        await confirmToken(auth.token);
      } catch (error) {
        if ((error as { status?: number }).status === 401) {
          signedOut(error, auth.user.id);
          // The sign-in form says why (SignInForm); no second message in a toast.
          throw { message: false };
        }
        // A server that is down is not a reason to sign the user out.
      }
    },

    async checkError(error: { status?: number }) {
      // 401: the session is gone, sign out. 403 is a refusal of one action: stay signed in.
      if (error?.status === 401) {
        const auth = readAuth();
        if (auth) signedOut(error, auth.user.id);
        confirmed = null;
        throw { message: false };
      }
    },

    async getIdentity(): Promise<ReviewIdentity> {
      const auth = readAuth();
      if (!auth) throw new Error('ra.auth.auth_check_error');
      const { id, name, role, username } = auth.user;
      return { id, fullName: name, role, username };
    },

    async getPermissions() {
      return readAuth()?.user.role ?? null;
    },

    async canAccess({ resource, action }) {
      return roleCanAccess(readAuth()?.user.role, resource, action);
    },
  };
}
