/**
 * Vite plugin: serves the Pyodide runtime (CPython compiled to WebAssembly, from the npm package
 * `pyodide`) as files of the site itself, never from a CDN. The files go to
 * `<base>/pyodide-<version>/` beside index.html: emitted into the build (`vite build`, then
 * `vite preview` or any static host) and answered from node_modules by the dev server (`vite`).
 * A versioned folder, so a new Pyodide never meets an old cached file.
 *
 * Only what pure Python needs: the Emscripten module, its WebAssembly, the standard library and
 * the lock file (no packages), named in src/pyodide/runtime-files.ts.
 *
 * These files are not precached (the WebAssembly alone is 9.6 MB, and only one lab needs them):
 * vite.config.ts leaves the folder out of the precache manifest, and the Python worker caches them
 * at its first load instead (src/pyodide/runtime-cache.ts). Node only (Vite config).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { PYODIDE_RUNTIME_FILES, pyodideSiteDir } from '../src/pyodide/runtime-files.ts';

const require = createRequire(import.meta.url);
/** Folder of the installed npm package `pyodide`. */
export const PYODIDE_PACKAGE_DIR = dirname(require.resolve('pyodide/package.json'));
/** Version of the installed Pyodide (it must match the loader bundled into the worker). */
export const PYODIDE_VERSION = (JSON.parse(readFileSync(join(PYODIDE_PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;
/** Folder of the runtime under the site's base, with a trailing slash. */
export const PYODIDE_SITE_DIR = pyodideSiteDir(PYODIDE_VERSION);

/**
 * The plugin. `headers` are added to the dev server's answers (the cross-origin isolation headers
 * of vite.config.ts, which the dev server's own files carry too).
 */
export function pyodideAssetsPlugin(headers: Readonly<Record<string, string>> = {}): Plugin {
  const pattern = new RegExp(`/${PYODIDE_SITE_DIR.replace(/\./g, '\\.')}([^/?#]+)$`);
  return {
    name: 'parallel-lab:pyodide-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = pattern.exec(req.url?.split('?')[0] ?? '')?.[1];
        const file = name ? PYODIDE_RUNTIME_FILES[name] : undefined;
        if (!file) return next();
        const path = join(PYODIDE_PACKAGE_DIR, file.source);
        res.setHeader('Content-Type', file.type);
        res.setHeader('Content-Length', String(statSync(path).size));
        res.setHeader('Cache-Control', 'no-cache');
        for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      for (const [name, { source }] of Object.entries(PYODIDE_RUNTIME_FILES)) {
        this.emitFile({ type: 'asset', fileName: `${PYODIDE_SITE_DIR}${name}`, source: readFileSync(join(PYODIDE_PACKAGE_DIR, source)) });
      }
    },
  };
}
