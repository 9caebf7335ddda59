import { ApiError } from './errors';

/**
 * Request bodies: read once as text (the idempotency fingerprint needs the exact body), then parsed
 * as JSON. An empty body is "no body"; anything else must be declared JSON and be valid JSON.
 */

export const MAX_BODY_BYTES = 1024 * 1024;

export interface RawBody {
  text: string;
  contentType: string | null;
}

export async function readRawBody(request: Request): Promise<RawBody> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) throw tooLarge();
  return { text, contentType: request.headers.get('Content-Type') };
}

function tooLarge(): ApiError {
  return new ApiError(
    413,
    'PAYLOAD_TOO_LARGE',
    `Request bodies are limited to ${MAX_BODY_BYTES} bytes`,
  );
}

function isJsonMediaType(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/** The parsed JSON body, or undefined when the request has none. */
export function parseJsonBody(raw: RawBody): unknown {
  if (raw.text.trim() === '') return undefined;
  if (!raw.contentType || !isJsonMediaType(raw.contentType)) {
    throw new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the body as JSON with Content-Type: application/json',
      { contentType: raw.contentType },
    );
  }
  try {
    return JSON.parse(raw.text) as unknown;
  } catch (error) {
    throw new ApiError(400, 'BAD_JSON', 'The request body is not valid JSON', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
