import { HttpError } from 'react-admin';

/** The `details` of an API error envelope (e.g. `unmet` of a refused approval), or null. */
export function apiErrorDetails(error: unknown): Record<string, unknown> | null {
  if (!(error instanceof HttpError)) return null;
  const body = error.body as { error?: { details?: unknown } } | null;
  const details = body?.error?.details;
  return typeof details === 'object' && details !== null
    ? (details as Record<string, unknown>)
    : null;
}
