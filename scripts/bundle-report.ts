import { build, type Plugin } from 'vite';
import { gzipSync } from 'node:zlib';

/**
 * `npm run bundle:report`: builds the console and prints, per chunk, its gzipped size and the
 * packages (or source folders) that weigh most in it, so that what lands in the entry chunk is
 * visible without a visualizer.
 */

const TOP = Number(process.env.TOP ?? 15);

function owner(id: string): string {
  const nm = id.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = id.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? id);
  }
  const src = id.indexOf('/src/');
  if (src >= 0) return `src/${id.slice(src + 5).split('/')[0]}`;
  const mocks = id.indexOf('/mocks/');
  if (mocks >= 0) return 'mocks';
  return id;
}

const WHY = process.env.WHY;

const report: Plugin = {
  name: 'bundle-report',
  generateBundle(_options, bundle) {
    if (WHY) {
      // One import chain from the entry to the first module whose path contains WHY.
      const target = [...this.getModuleIds()].find((id) => id.includes(WHY));
      const chain: string[] = [];
      const seen = new Set<string>();
      let id = target;
      while (id && !seen.has(id)) {
        seen.add(id);
        chain.push(id.replace(process.cwd(), ''));
        const info = this.getModuleInfo(id);
        id = info?.importers[0] ?? info?.dynamicImporters[0];
      }
      console.info(`Why ${WHY}:\n  ${chain.join('\n  <- ')}`);
    }
    const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
    chunks.sort((a, b) => Number(b.isEntry) - Number(a.isEntry) || b.code.length - a.code.length);
    for (const chunk of chunks) {
      const gz = gzipSync(chunk.code, { level: 9 }).length;
      const byOwner = new Map<string, number>();
      for (const [id, info] of Object.entries(chunk.modules)) {
        const key = owner(id);
        byOwner.set(key, (byOwner.get(key) ?? 0) + info.renderedLength);
      }
      const top = [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, TOP);
      console.info(
        `\n${chunk.isEntry ? 'ENTRY ' : chunk.isDynamicEntry ? 'lazy  ' : 'shared'} ${chunk.fileName}  ${(chunk.code.length / 1024).toFixed(0)} KiB, gzip ${(gz / 1024).toFixed(1)} KiB; imports: ${chunk.imports.join(', ') || '—'}`,
      );
      if (process.env.MODULES && !chunk.isDynamicEntry) {
        const modules = Object.entries(chunk.modules).sort(
          (a, b) => b[1].renderedLength - a[1].renderedLength,
        );
        for (const [id, info] of modules.slice(0, Number(process.env.MODULES)))
          console.info(
            `      ${(info.renderedLength / 1024).toFixed(1).padStart(8)} KiB  ${id.replace(process.cwd(), '')}`,
          );
      }
      for (const [key, bytes] of top)
        console.info(`    ${(bytes / 1024).toFixed(1).padStart(8)} KiB  ${key}`);
    }
  },
};

await build({
  logLevel: 'warn',
  plugins: [report],
  build: {
    outDir: process.env.OUT_DIR ?? 'bench/dist-report',
    emptyOutDir: true,
    sourcemap: false,
  },
});
