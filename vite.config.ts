import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built console. Only scripts from its own origin run (no inline
 * script, no eval), and it talks only to its own origin and the configured API. Styles allow
 * 'unsafe-inline' because emotion (MUI's styling engine) injects <style> elements and MUI's `sx`
 * writes style attributes at run time; scripts stay strict, which is what stops injected markup from
 * running. Material images are shown from blob: URLs (fetched with the token), small icons may be
 * data: URLs. `frame-ancestors` cannot be set in a <meta> policy: the production web server sends it
 * as a header (see README, "Security headers").
 */
export function contentSecurityPolicy(apiUrl: string | undefined): string {
  const connect = ["'self'"];
  if (apiUrl && /^https?:\/\//.test(apiUrl)) connect.push(new URL(apiUrl).origin);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Puts the policy into index.html of production builds only: the dev server's HMR needs inline script. */
function cspMeta(apiUrl: string | undefined): Plugin {
  return {
    name: 'beian-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(apiUrl),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), leanBundle(), cspMeta(env.VITE_API_URL), preloadSharedBootChunks()],
    build: {
      sourcemap: true,
      chunkSizeWarningLimit: 1500,
    },
  };
});

/**
 * Production builds: keeps what the first load does not need out of it (measured with
 * `npm run bundle:report`). Each replacement behaves as the original for the console's use.
 */
function leanBundle(): Plugin {
  const replacements: Record<string, string> = {
    // node-polyglot's es-shim for Object.entries pulls ~30 KiB of intrinsics helpers.
    'object.entries': 'module.exports = function entries(o) { return Object.entries(o); };',
    // react-admin's CSV exporter: fetched when a list is first exported, not with every list.
    'jsonexport/dist/index.js': `module.exports = function jsonexport(data, options, callback) {
  var done = typeof options === 'function' ? options : callback;
  import('jsonexport/dist/index.js?original').then(
    function (m) { (m.default || m)(data, typeof options === 'function' ? {} : options, done); },
    function (error) { done(error); });
};`,
  };
  const PREFIX = '\0lean:';
  return {
    name: 'beian:lean-bundle',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === 'jsonexport/dist/index.js?original') {
        return this.resolve('jsonexport/dist/index.js', importer, { skipSelf: true });
      }
      if (Object.hasOwn(replacements, source)) return `${PREFIX}${source}`;
      // The holiday data is pure data: left out where no working-day arithmetic is reachable.
      if (source === 'chinese-days') {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved && { ...resolved, moduleSideEffects: false };
      }
      return null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? replacements[id.slice(PREFIX.length)] : null;
    },
    transform(code, id) {
      // react-admin makes its own router when it finds none around it, a data router
      // (createHashRouter + RouterProvider: loaders, actions, fetchers, hydration; about 60 KiB
      // minified, compiled on every first load). The console always renders inside its own
      // HashRouter (App.tsx), so that branch never runs; the plain HashRouter takes its place.
      if (!id.replace(/\\/g, '/').endsWith('ra-core/dist/routing/adapters/reactRouterProvider.js'))
        return null;
      const imports = 'createHashRouter, RouterProvider as ReactRouterProvider, ';
      const start = code.indexOf('const InternalRouter = ');
      const end = code.indexOf('/**', start);
      if (!code.includes(imports) || start < 0 || end < 0) {
        this.error('ra-core changed its router adapter: review the lean router replacement');
      }
      // As many lines as it replaces, so that the file's source map still holds (`map: null`).
      const lines = code.slice(start, end).split('\n').length - 1;
      const replacement =
        'const InternalRouter = ({ children, basename }) => ' +
        'React.createElement(HashRouter, { basename }, children);';
      return {
        code:
          code.slice(0, start).replace(imports, 'HashRouter, ') +
          replacement +
          '\n'.repeat(Math.max(lines, 1)) +
          code.slice(end),
        map: null,
      };
    },
  };
}

/**
 * The entry (src/main.ts) is tiny and imports either the sign-in form or the console. The chunks
 * both need (React, the messages) are announced in index.html, so that the browser fetches them
 * while it fetches the entry instead of after running it.
 */
function preloadSharedBootChunks(): Plugin {
  let base = '/';
  return {
    name: 'beian:preload-shared-boot-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const announced = (fileName: string) => html.includes(`${base}${fileName}"`);
        const chunkOf = (entry: string) =>
          Object.values(bundle).find(
            (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(entry),
          );
        const staticGraph = (entry: string) => {
          const seen = new Set<string>();
          const visit = (fileName: string) => {
            const output = bundle[fileName];
            if (seen.has(fileName) || output?.type !== 'chunk' || output.isEntry) return;
            seen.add(fileName);
            output.imports.forEach(visit);
          };
          const chunk = chunkOf(entry);
          if (!chunk) throw new Error(`no chunk for ${entry}: was the boot code renamed?`);
          visit(chunk.fileName);
          return seen;
        };
        const signIn = staticGraph('/src/boot/startSignIn.tsx');
        const shared = [...staticGraph('/src/boot/startConsole.tsx')].filter(
          (fileName) => signIn.has(fileName) && !announced(fileName),
        );
        return shared.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
