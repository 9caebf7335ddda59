import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { clock } from './clock';
import { db } from './db';
import { handlers } from './handlers';
import { MAX_BODY_BYTES } from './http/body';
import { MAX_ORDER_COUNT } from './seed/generate';

/**
 * The mock API over real HTTP (`npm run api`), for browser tests and for running the console
 * against a separate backend. Same handlers as the service worker and the tests; CORS so that the
 * console may live on another origin. Env: PORT (default 8787), SEED and ORDERS for the data set.
 */

// ra-data-simple-rest sends a Range header with every list request.
const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Range';
const EXPOSED_HEADERS = 'Content-Range, X-Server-Time, Idempotent-Replayed, Allow';
const MAX_URL_LENGTH = 8192;

function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

function sendJson(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  response.writeHead(status, {
    ...corsHeaders(request),
    'Content-Type': 'application/json; charset=utf-8',
    'X-Server-Time': clock.nowIso(),
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify({ error: { code, message } }));
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return size === 0 ? null : Buffer.concat(chunks);
}

function toFetchRequest(request: IncomingMessage, body: Buffer | null, port: number): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  return new Request(`http://127.0.0.1:${port}${request.url ?? '/'}`, {
    method,
    headers,
    ...(body && method !== 'GET' && method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
  });
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
): Promise<void> {
  if ((request.url ?? '').length > MAX_URL_LENGTH) {
    return sendJson(request, response, 414, 'URI_TOO_LONG', 'The request URL is too long');
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      ...corsHeaders(request),
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
      'X-Server-Time': clock.nowIso(),
    });
    return void response.end();
  }
  let body: Buffer | null;
  try {
    body = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    response.setHeader('Connection', 'close');
    return sendJson(
      request,
      response,
      413,
      'PAYLOAD_TOO_LARGE',
      `Request bodies are limited to ${MAX_BODY_BYTES} bytes`,
    );
  }
  const answer = await getResponse(handlers, toFetchRequest(request, body, port));
  if (!answer) return sendJson(request, response, 404, 'NOT_FOUND', 'Route not found');
  const headers: Record<string, string> = { ...corsHeaders(request) };
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  response.writeHead(answer.status, headers);
  response.end(Buffer.from(await answer.arrayBuffer()));
}

function numberFromEnv(
  name: string,
  fallback: number | undefined,
  max: number,
): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} must be an integer between 0 and ${max}, got ${raw}`);
  }
  return value;
}

function startServer(port: number): Promise<ReturnType<typeof createServer>> {
  const server = createServer((request, response) => {
    handle(request, response, port).catch((error: unknown) => {
      console.error('mock API: request failed', error);
      if (!response.headersSent)
        sendJson(request, response, 500, 'INTERNAL_ERROR', 'The mock API failed');
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function main(): Promise<void> {
  const port = numberFromEnv('PORT', 8787, 65535) ?? 8787;
  const seed = numberFromEnv('SEED', undefined, 0xffffffff);
  const orders = numberFromEnv('ORDERS', undefined, MAX_ORDER_COUNT);
  if (orders === 0) throw new Error('ORDERS must be at least 1');
  db.reset({
    ...(seed !== undefined ? { seed } : {}),
    ...(orders !== undefined ? { orders } : {}),
  });
  const server = await startServer(port);
  console.info(`mock API listening on http://127.0.0.1:${port}`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('mock API: could not start', error);
  process.exit(1);
});
