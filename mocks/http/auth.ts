import type { User } from '../../src/domain/types';
import { toCstIso } from '../../src/domain/time';
import { clock } from '../clock';
import { db } from '../db';
import { sessionExpiresAt } from '../store/sessions';
import { ApiError } from './errors';

/**
 * The signed-in user of a request, from its bearer token; 401 without a valid one:
 * `SESSION_EXPIRED` for a session past its lifetime, `UNAUTHENTICATED` for anything else.
 */
export function authenticate(request: Request): User {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const session = match?.[1] ? db.sessions.get(match[1]) : undefined;
  const user = session ? db.user(session.userId) : undefined;
  if (session && user && clock.now().getTime() > sessionExpiresAt(session)) {
    throw new ApiError(
      401,
      'SESSION_EXPIRED',
      'The session has expired; sign in again',
      { expiredAt: toCstIso(new Date(sessionExpiresAt(session))) },
      { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    );
  }
  if (!user) {
    throw new ApiError(
      401,
      'UNAUTHENTICATED',
      header ? 'The token is not valid or has been signed out' : 'Sign in first',
      undefined,
      { 'WWW-Authenticate': 'Bearer' },
    );
  }
  return user;
}

export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}
