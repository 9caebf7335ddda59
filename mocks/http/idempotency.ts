import type { User } from '../../src/domain/types';
import { clock } from '../clock';
import { db } from '../db';
import type { RawBody } from './body';
import { ApiError } from './errors';
import type { Answer } from './respond';

/**
 * `Idempotency-Key` on POST actions (api.md "Idempotency"): per user, the first answer to a key is
 * kept and replayed for the same method, path and JSON body; any other request with that key is
 * refused before anything else about it is looked at.
 */

export function idempotencyKey(request: Request): string | null {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return null;
  if (key.length < 1 || key.length > 200) {
    throw new ApiError(
      400,
      'INVALID_IDEMPOTENCY_KEY',
      'Idempotency-Key must have 1 to 200 characters',
      {
        length: key.length,
      },
    );
  }
  return key;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    );
  }
  return value;
}

/** Method, path and body: JSON compared by value (key order and spacing do not matter). */
export function fingerprint(request: Request, body: RawBody): string {
  const url = new URL(request.url);
  let content = body.text;
  try {
    if (body.text.trim() !== '') content = JSON.stringify(canonical(JSON.parse(body.text)));
  } catch {
    // Not JSON: compared as sent.
  }
  return `${request.method} ${url.pathname}${url.search}\n${content}`;
}

/** Runs the request once per key; a repeat gets the stored answer with `Idempotent-Replayed`. */
export function once(user: User, key: string | null, print: string, run: () => Answer): Answer {
  if (key === null) return run();
  const now = clock.now().getTime();
  const stored = db.idempotency.get(user.id, key, now);
  if (stored) {
    if (stored.fingerprint !== print) {
      throw new ApiError(
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used for a different request',
      );
    }
    return {
      status: stored.status,
      ...(stored.body === null ? {} : { body: JSON.parse(stored.body) as unknown }),
      headers: { 'Idempotent-Replayed': 'true' },
    };
  }
  const answer = run();
  db.idempotency.put(user.id, key, {
    fingerprint: print,
    status: answer.status,
    body: answer.body === undefined ? null : JSON.stringify(answer.body),
    storedAt: now,
  });
  db.touch();
  return answer;
}
