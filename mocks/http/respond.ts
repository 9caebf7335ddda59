import { clock } from '../clock';
import type { ApiError } from './errors';

/**
 * Building answers. Every answer of the API carries `X-Server-Time` (the mock clock's now) so that
 * the console computes deadlines and countdowns against the server's time, not the browser's.
 */

export interface Answer {
  status: number;
  /** JSON-serialisable body; undefined for an empty answer (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export function toResponse(answer: Answer): Response {
  const headers = new Headers(answer.headers);
  headers.set('X-Server-Time', clock.nowIso());
  headers.set('Cache-Control', 'no-store');
  if (answer.body === undefined) return new Response(null, { status: answer.status, headers });
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}

export function errorAnswer(error: ApiError): Answer {
  return {
    status: error.status,
    body: error.body(),
    ...(error.headers ? { headers: error.headers } : {}),
  };
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return toResponse({ status, body, ...(headers ? { headers } : {}) });
}

const encoder = new TextEncoder();
const [OPEN, COMMA, CLOSE] = ['[', ',', ']'].map((c) => encoder.encode(c)) as [
  Uint8Array,
  Uint8Array,
  Uint8Array,
];

/** A JSON array of already serialised items. */
export function jsonArray(items: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = OPEN.length + CLOSE.length + Math.max(items.length - 1, 0) * COMMA.length;
  for (const item of items) length += item.length;
  const body = new Uint8Array(length);
  body.set(OPEN, 0);
  let at = OPEN.length;
  items.forEach((item, i) => {
    if (i > 0) {
      body.set(COMMA, at);
      at += COMMA.length;
    }
    body.set(item, at);
    at += item.length;
  });
  body.set(CLOSE, at);
  return body;
}

/** A JSON answer whose body is already serialised (the cached list form of orders). */
export function serializedJson(
  body: Uint8Array<ArrayBuffer>,
  status = 200,
  headers?: Record<string, string>,
): Response {
  const all = new Headers(headers);
  all.set('X-Server-Time', clock.nowIso());
  all.set('Cache-Control', 'no-store');
  all.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(body, { status, headers: all });
}

/**
 * A generated document image. Applicant data is inside, so the SVG is served with a CSP that lets
 * it run nothing and fetch nothing, even when opened on its own.
 */
export function svgResponse(svg: string, filename: string): Response {
  return new Response(svg, {
    status: 200,
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'X-Server-Time': clock.nowIso(),
    },
  });
}
