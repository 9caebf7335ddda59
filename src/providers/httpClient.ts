import { fetchUtils, HttpError } from 'react-admin';
import { toTranslatableError } from './apiErrors';
import { readAuth } from './authStorage';
import { recordServerTime } from './serverClock';

export type HttpResponse = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

export interface HttpOptions extends fetchUtils.Options {
  /** Sent as `Idempotency-Key` (api.md): one key per user intent. */
  idempotencyKey?: string;
}

/**
 * Every JSON request of the console: the signed-in user's Bearer token, the server clock read from
 * `X-Server-Time`, and errors re-thrown with a message the i18n provider can translate.
 */
export async function httpClient(url: string, options: HttpOptions = {}): Promise<HttpResponse> {
  const { idempotencyKey, ...rest } = options;
  const headers = new Headers(rest.headers as HeadersInit | undefined);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
  const auth = readAuth();
  try {
    const response = await fetchUtils.fetchJson(url, {
      ...rest,
      headers,
      user:
        rest.user ?? (auth ? { authenticated: true, token: `Bearer ${auth.token}` } : undefined),
    });
    recordServerTime(response.headers.get('X-Server-Time'));
    return response;
  } catch (error) {
    throw toTranslatableError(error);
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
