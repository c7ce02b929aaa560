/**
 * The page's side of CPython in the browser: one Python worker (./python.worker.ts) in a
 * {@link WorkerPool} of its own, started only when a lab first runs Python (so no other page
 * downloads Pyodide), kept for five idle minutes because loading costs seconds, and terminated on
 * cancel (a running Python program cannot be interrupted otherwise; the next run loads afresh).
 * Main thread only.
 */
import { WorkerPool } from '../workers/pool.ts';
import type { PythonApi, PythonRun } from './python.worker.ts';

export type { PythonLoad, PythonRun } from './python.worker.ts';

let pool: WorkerPool<PythonApi> | null = null;

function pythonPool(): WorkerPool<PythonApi> {
  pool ??= new WorkerPool<PythonApi>(() => new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'python' }), {
    idleTimeoutMs: 300_000,
    maxWorkers: 1,
  });
  return pool;
}

/**
 * Runs the Python program `source` as `python name args…` in the Python worker and resolves with
 * what it printed and how long it took there. The first call also loads Pyodide (seconds; `load`
 * in the result says how long). Main thread only.
 *
 * @throws Error "CPython (Pyodide) could not be loaded: …"; Error with the traceback when the
 *   program raises; DOMException AbortError when `signal` aborts (the worker is terminated)
 */
export async function runPythonProgram(name: string, source: string, args: readonly string[], signal?: AbortSignal): Promise<PythonRun> {
  const { results } = await pythonPool().run([(api) => api.run(document.baseURI, name, source, [...args])], { workers: 1, signal });
  return results[0]!;
}
