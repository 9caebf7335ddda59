import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

export default defineConfig({
  plugins: [react(), leanBundle()],
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
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
  };
}
