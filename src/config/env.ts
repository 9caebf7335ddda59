/**
 * The console's configuration, read from `import.meta.env` once, validated and typed. Nothing else
 * in the app reads `import.meta.env`.
 */
export interface AppEnv {
  /** Base URL of the review API, without a trailing slash. */
  apiUrl: string;
  /** Run the embedded mock backend (MSW) in the browser: the dev server and the demo build. */
  demo: boolean;
}

interface RawEnv {
  VITE_API_URL?: string;
  VITE_DEMO?: string;
  DEV?: boolean;
}

export function parseEnv(raw: RawEnv): AppEnv {
  const configuredUrl = raw.VITE_API_URL?.trim() || undefined;
  const apiUrl = (configuredUrl ?? '/api').replace(/\/+$/, '');
  if (!/^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(apiUrl)) {
    throw new Error(`VITE_API_URL must be an absolute http(s) URL or a path: ${apiUrl}`);
  }
  if (raw.VITE_DEMO !== undefined && !['true', 'false', ''].includes(raw.VITE_DEMO)) {
    throw new Error(`VITE_DEMO must be "true" or "false": ${raw.VITE_DEMO}`);
  }
  const demo = raw.VITE_DEMO === 'true' || (raw.DEV === true && configuredUrl === undefined);
  return { apiUrl, demo };
}

export const env: AppEnv = parseEnv(import.meta.env as RawEnv);
