/**
 * The API's error envelope (api.md "Errors"): `{ error: { code, message, details } }`. Handlers
 * throw an `ApiError`; the route wrapper turns it into the answer. A refused request changes nothing,
 * which the handlers guarantee by refusing before they write.
 */

export type ErrorCode =
  | 'BAD_QUERY'
  | 'BAD_JSON'
  | 'INVALID_IDEMPOTENCY_KEY'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'SESSION_EXPIRED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'NOT_ASSIGNEE'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'VALIDATION_FAILED'
  | 'VERSION_CONFLICT'
  | 'ALREADY_CLAIMED'
  | 'INVALID_STATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'PRECONDITION_FAILED'
  | 'CALL_RETRY_TOO_EARLY'
  | 'INTERNAL_ERROR';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): { error: { code: ErrorCode; message: string; details?: Record<string, unknown> } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const badQuery = (parameter: string, reason: string) =>
  new ApiError(400, 'BAD_QUERY', `Bad ${parameter}: ${reason}`, { parameter, reason });

export const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `${what} not found`);

export function methodNotAllowed(allow: readonly string[]): ApiError {
  return new ApiError(
    405,
    'METHOD_NOT_ALLOWED',
    `Method not allowed here; allowed: ${allow.join(', ')}`,
    { allow: [...allow] },
    { Allow: allow.join(', ') },
  );
}

export function validationFailed(
  status: 400 | 422,
  fields: Record<string, string>,
  message = 'The request body is not valid',
): ApiError {
  return new ApiError(status, 'VALIDATION_FAILED', message, { fields });
}
