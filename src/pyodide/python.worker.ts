/**
 * Worker entry of real CPython in the browser: Pyodide (CPython compiled to WebAssembly, the npm
 * package `pyodide`), loaded here at the first call and kept for the worker's life, so the page
 * never waits on it. The runtime comes from the site's own files (`<site>/pyodide-<version>/`,
 * see scripts/pyodide-assets.ts), cached for offline use by ./runtime-cache.ts; nothing is fetched
 * from a CDN (no packages are loaded). Exposes `run`: a program's source text, run as
 * `python name.py args…` would run it, with its printed output returned.
 */
import { expose } from 'comlink';
import type { PyodideInterface } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import { cacheRuntime, type RuntimeSource } from './runtime-cache.ts';
import { pyodideSiteDir } from './runtime-files.ts';

/** How long loading may take before the lab says it failed (ms): Pyodide never settles on some errors. */
const LOAD_TIMEOUT_MS = 120_000;

/** What loading Pyodide cost, reported with the first run. */
export interface PythonLoad {
  /** Pyodide's version. */
  pyodide: string;
  /** CPython's `sys.version` (first line). */
  python: string;
  /** Time to load (ms, this worker's clock), downloads included. */
  ms: number;
  /** Where the runtime's files came from. */
  source: RuntimeSource;
}

/** One program run. */
export interface PythonRun {
  /** Everything the program printed (stdout, then stderr lines prefixed by "stderr: "). */
  output: string;
  /** Wall time of the program itself (ms, in this worker). */
  ms: number;
  /** The load, on the run that loaded Pyodide; null on later runs. */
  load: PythonLoad | null;
}

let ready: Promise<{ py: PyodideInterface; load: PythonLoad }> | null = null;
let lines: string[] = [];

async function loadPython(siteBase: string): Promise<{ py: PyodideInterface; load: PythonLoad }> {
  const t0 = performance.now();
  const { loadPyodide, version } = await import('pyodide');
  const indexURL = new URL(pyodideSiteDir(version), siteBase).href;
  const source = await cacheRuntime(indexURL, version);
  const asm = (await import(/* @vite-ignore */ `${indexURL}pyodide.asm.js`)) as { default: NonNullable<Parameters<typeof loadPyodide>[0]>['createPyodideModule'] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pyodide did not start within ${LOAD_TIMEOUT_MS / 1000} s.`)), LOAD_TIMEOUT_MS);
  });
  const py = await Promise.race([
    loadPyodide({
      indexURL,
      packageBaseUrl: indexURL,
      createPyodideModule: asm.default,
      stdout: (line) => lines.push(line),
      stderr: (line) => lines.push(`stderr: ${line}`),
    }),
    timeout,
  ]).finally(() => clearTimeout(timer));
  const python = String(py.runPython('import sys; sys.version')).split('\n')[0] ?? '';
  return { py, load: { pyodide: version, python, ms: performance.now() - t0, source } };
}

const api = {
  /**
   * Runs `source` as the main program `name` with `sys.argv = [name, ...args]`, in fresh globals
   * (`__name__ == "__main__"`), loading Pyodide first if this worker has not. `siteBase` is the
   * site's base URL (the page's document.baseURI), under which the runtime is served.
   *
   * @throws Error "CPython (Pyodide) could not be loaded: …" when the runtime cannot be fetched or
   *   started; Error with Python's traceback when the program raises
   */
  async run(siteBase: string, name: string, source: string, args: string[]): Promise<PythonRun> {
    let first = false;
    if (!ready) {
      first = true;
      ready = loadPython(siteBase).catch((error: unknown) => {
        ready = null;
        throw new Error(`CPython (Pyodide) could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      });
    }
    const { py, load } = await ready;
    lines = [];
    // A JSON list of strings is a Python list literal too.
    py.runPython(`import sys; sys.argv = ${JSON.stringify([name, ...args])}`);
    const globals = py.toPy({ __name__: '__main__' }) as PyProxy;
    const t0 = performance.now();
    try {
      py.runPython(source, { globals, filename: name });
    } finally {
      globals.destroy();
    }
    return { output: lines.join('\n'), ms: performance.now() - t0, load: first ? load : null };
  },
};

/** The API this worker exposes; wrap it with Comlink on the page (./python-client.ts). */
export type PythonApi = typeof api;

expose(api);
