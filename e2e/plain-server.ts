/**
 * A static file server for a build that sends no COOP/COEP headers, like a plain static host
 * (GitHub Pages, `python3 -m http.server`): the pages it serves are not cross-origin isolated.
 * Node only (Playwright tests); listens on a free loopback port until closed.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/** Serves the build in `root` on 127.0.0.1 (a free port) without isolation headers. */
export function plainStaticServer(root: string): Promise<Server> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * Registers a plain static server of the build (`OUT_DIR`, default `dist`) for the enclosing
 * `test.describe`: started before its tests, closed after them. Node only (Playwright).
 *
 * @returns a function giving the server's origin with a trailing slash (valid inside the tests)
 */
export function usePlainServer(test: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }): () => string {
  let server: Server | undefined;
  let origin = '';
  test.beforeAll(async () => {
    server = await plainStaticServer(process.env.OUT_DIR ?? 'dist');
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  test.afterAll(async () => {
    await new Promise((done) => server?.close(done));
  });
  return () => origin;
}
