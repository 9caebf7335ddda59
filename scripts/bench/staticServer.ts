import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.map']);

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Serves a built console the way its production web server does (nginx's `gzip_static`, a CDN's
 * cache): every text file compressed once, ahead of time, and sent as it is. `vite preview`
 * compresses each response as it is requested, which on this 2-CPU machine takes CPU from the
 * browser being timed (about 20 ms for the largest chunk, on every cold load). The benchmark runs
 * it as a process of its own (`node --import tsx scripts/bench/staticServer.ts DIR PORT`), as the
 * preview server was, so that the bench's own work never delays a response.
 */
export async function serveBuiltConsole(dir: string, port: number): Promise<Server> {
  const assets = new Map<string, Asset>();
  for (const file of walk(dir)) {
    const extension = extname(file);
    const body = readFileSync(file);
    assets.set(`/${relative(dir, file).split(sep).join('/')}`, {
      type: TYPES[extension] ?? 'application/octet-stream',
      body,
      gzipped: COMPRESSED.has(extension) ? gzipSync(body, { level: 9 }) : null,
    });
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const asset = assets.get(path === '/' ? '/index.html' : path);
    if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(asset ? 405 : 404).end();
      return;
    }
    const accepted = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const gzip = accepted ? asset.gzipped : null;
    const body = gzip ?? asset.body;
    response.writeHead(200, {
      'Content-Type': asset.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !port) throw new Error('usage: staticServer.ts DIR PORT');
  await serveBuiltConsole(dir, Number(port));
  console.info(`serving ${dir} on http://127.0.0.1:${port}`);
}
