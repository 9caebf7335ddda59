/** Uncommon fixed ports (with --strictPort) so a browser test never talks to someone else's server. */
export const E2E_API_PORT = Number(process.env.E2E_API_PORT ?? 18931);
export const E2E_WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 18932);
export const E2E_DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 18933);

export const apiBase = `http://127.0.0.1:${E2E_API_PORT}/api`;
export const webBase = `http://127.0.0.1:${E2E_WEB_PORT}`;
export const devBase = `http://127.0.0.1:${E2E_DEV_PORT}`;
