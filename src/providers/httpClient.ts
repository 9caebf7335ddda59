import { fetchUtils, HttpError } from 'react-admin';
import { isTransientError, toTranslatableError } from './apiErrors';
import { readAuth } from './authStorage';
import { recordServerTime } from './serverClock';

export type HttpResponse = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

export interface HttpOptions extends fetchUtils.Options {
  /** Sent as `Idempotency-Key` (api.md): one key per user intent. */
  idempotencyKey?: string;
}

/**
 * How long a request may take before the console gives up on it and says so: past this a reviewer
 * would rather see "no answer, retry?" than a spinner.
 */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Pauses before the automatic retries of a request that failed in transit. */
export const RETRY_DELAYS_MS = [400, 1200];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request that may be sent twice: a read, or a write whose idempotency key makes a repeat harmless. */
function isRetriable(options: HttpOptions): boolean {
  const method = (options.method ?? 'GET').toUpperCase();
  return method === 'GET' || method === 'HEAD' || !!options.idempotencyKey;
}

async function fetchWithDeadline(url: string, options: HttpOptions): Promise<HttpResponse> {
  const { idempotencyKey, ...rest } = options;
  const headers = new Headers(rest.headers as HeadersInit | undefined);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
  const auth = readAuth();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetchUtils.fetchJson(url, {
      ...rest,
      headers,
      signal: controller.signal,
      user:
        rest.user ?? (auth ? { authenticated: true, token: `Bearer ${auth.token}` } : undefined),
    });
    recordServerTime(response.headers.get('X-Server-Time'));
    return response;
  } catch (error) {
    throw toTranslatableError(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every JSON request of the console: the signed-in user's Bearer token, the server clock read from
 * `X-Server-Time`, a deadline, and errors re-thrown with a message the i18n provider can translate.
 * A request that failed in transit (offline, timeout, 502/503/504) is sent again a couple of times
 * when that is safe: a read, or an action carrying its idempotency key (the server answers a repeat
 * with the first answer, so an action that did reach it is not done twice).
 */
export async function httpClient(url: string, options: HttpOptions = {}): Promise<HttpResponse> {
  const delays = isRetriable(options) ? RETRY_DELAYS_MS : [];
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fetchWithDeadline(url, options);
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isTransientError(error)) throw error;
      await sleep(delay);
    }
  }
}

/** Binary downloads (material images), with the token: an `<img src>` could not send it. */
export async function fetchBlob(url: string): Promise<Blob> {
  const auth = readAuth();
  const headers = new Headers();
  if (auth) headers.set('Authorization', `Bearer ${auth.token}`);
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch (error) {
    throw toTranslatableError(error);
  }
  recordServerTime(response.headers.get('X-Server-Time'));
  if (!response.ok) {
    throw toTranslatableError(new HttpError(response.statusText, response.status, null));
  }
  return response.blob();
}
