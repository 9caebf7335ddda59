import { db } from '../db';
import { authenticate, bearerToken } from '../http/auth';
import { parseJsonBody, readRawBody } from '../http/body';
import { ApiError } from '../http/errors';
import { json, toResponse } from '../http/respond';
import { otherMethods, route } from '../http/route';
import { object, required, text, validateBody } from '../http/validate';
import { clock } from '../clock';

/** Sign in, who am I, sign out (api.md "Conventions"). Tokens are opaque and random. */

const credentials = object({
  username: required(text({ min: 1, max: 100 })),
  password: required(text({ min: 1, max: 200 })),
});

export const authHandlers = [
  route('post', '/api/auth/login', async ({ request }) => {
    const body = validateBody(parseJsonBody(await readRawBody(request)), credentials);
    const user = db.userByUsername(body.username);
    if (!user || !db.passwordMatches(user, body.password)) {
      throw new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong username or password');
    }
    const session = db.sessions.create(user.id, clock.nowIso());
    db.touch();
    return json({ token: session.token, expiresAt: session.expiresAt, user });
  }),
  otherMethods('/api/auth/login', ['POST'], false),
  route('get', '/api/auth/me', ({ request }) => json(authenticate(request))),
  otherMethods('/api/auth/me', ['GET']),
  route('post', '/api/auth/logout', ({ request }) => {
    authenticate(request);
    db.sessions.end(bearerToken(request) ?? '');
    db.touch();
    return toResponse({ status: 204 });
  }),
  otherMethods('/api/auth/logout', ['POST']),
];
