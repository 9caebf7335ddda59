import { http, type HttpHandler } from 'msw';
import { sweepLapsedLeases } from '../actions/leases';
import { authenticate } from './auth';
import { ApiError, methodNotAllowed, notFound } from './errors';
import { errorAnswer, toResponse } from './respond';

/**
 * Handlers for API routes on any origin: the console calls `/api/...` on its own origin (service
 * worker) or on `VITE_API_URL`; tests call `http://localhost/api/...`. `*` in an MSW path also
 * matches deeper prefixes (`/src/api/...` of a dev server), so only paths that start with `/api/`
 * are answered; anything else passes through untouched.
 */

export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
}

type Resolver = (context: RouteContext) => Response | Promise<Response>;
type Method = 'get' | 'post' | 'all';

function paramsOf(
  raw: Record<string, string | readonly string[] | undefined>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') params[key] = value;
  }
  return params;
}

export function route(method: Method, path: string, resolve: Resolver): HttpHandler {
  return http[method](`*${path}`, async ({ request, params }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/')) return undefined;
    try {
      // Claims whose lease lapsed go back to the queue before anything else is looked at.
      sweepLapsedLeases();
      return await resolve({ request, url, params: paramsOf(params) });
    } catch (error) {
      if (error instanceof ApiError) return toResponse(errorAnswer(error));
      console.error('mock API: unexpected error', error);
      return toResponse(
        errorAnswer(new ApiError(500, 'INTERNAL_ERROR', 'The mock API failed unexpectedly')),
      );
    }
  });
}

/**
 * 405 for every method a path does not serve (after authentication, which the contract checks
 * first). Register after the path's real handlers.
 */
export function otherMethods(
  path: string,
  allow: readonly string[],
  authenticated = true,
): HttpHandler {
  return route('all', path, ({ request }) => {
    if (authenticated) authenticate(request);
    throw methodNotAllowed(allow);
  });
}

/** The last handler: any other `/api` path is 404 (for a signed-in caller). */
export const unknownRoute: HttpHandler = route('all', '/api/*', ({ request }) => {
  authenticate(request);
  throw notFound('Route');
});
