import { HttpError } from 'react-admin';

/**
 * The API's error envelope `{error: {code, message, details}}` (api.md), and the codes the console
 * has a message for in its own language. Anything else falls back to the server's message.
 */
export const KNOWN_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_ASSIGNEE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'VALIDATION_FAILED',
  'VERSION_CONFLICT',
  'ALREADY_CLAIMED',
  'INVALID_STATE',
  'BAD_QUERY',
  'IDEMPOTENCY_KEY_REUSED',
  'PRECONDITION_FAILED',
  'CALL_RETRY_TOO_EARLY',
  'NETWORK',
  'TIMEOUT',
  'OFFLINE',
  'SERVER_ERROR',
  'SESSION_EXPIRED',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: string; message?: string; details?: Record<string, unknown> };
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** The API error code carried by a rejected request, or null. */
export function apiErrorCode(error: unknown): string | null {
  if (error instanceof HttpError && isApiErrorBody(error.body)) return error.body.error.code;
  return null;
}

/** The i18n key (or, failing that, plain text) to show for an API error. */
export function errorMessageKey(code: string | null, fallback: string): string {
  return code !== null && (KNOWN_ERROR_CODES as readonly string[]).includes(code)
    ? `app.errors.${code}`
    : fallback;
}

/**
 * Re-throws a failed request with a message react-admin can translate: react-admin shows
 * `error.message` through the i18n provider, so an `app.errors.*` key comes out in the user's language.
 */
export function toTranslatableError(error: unknown): unknown {
  if (error instanceof HttpError) {
    const body: unknown = error.body;
    const code = isApiErrorBody(body) ? body.error.code : null;
    const serverMessage = isApiErrorBody(body) ? body.error.message : undefined;
    // A gateway or a crashed server answers 5xx without our envelope: say so in the user's words.
    const fallback =
      error.status >= 500
        ? 'app.errors.SERVER_ERROR'
        : serverMessage || error.message || 'ra.notification.http_error';
    return new HttpError(errorMessageKey(code, fallback), error.status, body);
  }
  if (isAbort(error)) return new HttpError('app.errors.TIMEOUT', 0, { transient: 'timeout' });
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when the network is down or the server is unreachable.
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return new HttpError(offline ? 'app.errors.OFFLINE' : 'app.errors.NETWORK', 0, {
      transient: offline ? 'offline' : 'network',
    });
  }
  return error;
}

function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

/** Statuses of a server that may answer the same request correctly a moment later. */
const TRANSIENT_STATUSES = [502, 503, 504];

/**
 * A failure that says nothing about the request itself (offline, timeout, a gateway in trouble):
 * the same request, with the same idempotency key, may be sent again safely.
 */
export function isTransientError(error: unknown): boolean {
  if (!(error instanceof HttpError)) return false;
  return error.status === 0 || TRANSIENT_STATUSES.includes(error.status);
}
