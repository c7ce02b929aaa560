/**
 * The files of the Pyodide runtime (CPython compiled to WebAssembly) that the site serves itself,
 * and where: `<site base>/pyodide-<version>/<name>`. Shared by the Vite plugin that serves and
 * emits them (scripts/pyodide-assets.ts) and the Python worker that loads and caches them. Pure:
 * any thread, and Node.
 */

/** One runtime file: its name in the npm package and its content type. */
export interface RuntimeFile {
  /** File name inside node_modules/pyodide. */
  source: string;
  /** Content type it is served with. */
  type: string;
}

/**
 * The files pure Python needs (no packages), by the name the site serves them under. The
 * Emscripten module `pyodide.asm.mjs` is served as `pyodide.asm.js`: nginx's stock mime.types has
 * no `.mjs`, and a browser refuses to import a module sent as application/octet-stream.
 */
export const PYODIDE_RUNTIME_FILES: Readonly<Record<string, RuntimeFile>> = {
  'pyodide.asm.js': { source: 'pyodide.asm.mjs', type: 'text/javascript' },
  'pyodide.asm.wasm': { source: 'pyodide.asm.wasm', type: 'application/wasm' },
  'python_stdlib.zip': { source: 'python_stdlib.zip', type: 'application/zip' },
  'pyodide-lock.json': { source: 'pyodide-lock.json', type: 'application/json' },
};

/** The runtime's folder under the site's base for Pyodide `version`, with a trailing slash. */
export function pyodideSiteDir(version: string): string {
  return `pyodide-${version}/`;
}

/** Prefix of the caches the Python worker keeps the runtime in (one per version). */
export const PYODIDE_CACHE_PREFIX = 'parallel-lab-pyodide-';
