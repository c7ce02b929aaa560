/**
 * Runs scenarios on real Node worker_threads for the unit tests: one thread per scenario, all
 * started at once, resolving with their results in order. The threads load TypeScript through
 * tsx's API (see thread-entry.mjs), so they run the same source as the browser workers.
 *
 * Node only (tests). `node:worker_threads` is imported dynamically with a local type, because the
 * app's tsconfig deliberately has no Node types.
 */
import type { Scenario } from './scenarios.ts';

interface NodeWorker {
  on(event: 'message', listener: (message: { ok: boolean; value?: unknown; message?: string }) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  terminate(): Promise<number>;
}
interface WorkerThreads {
  Worker: new (url: URL, options: { workerData: unknown }) => NodeWorker;
}

const WORKER_THREADS = 'node:worker_threads';

/**
 * Starts one Node worker thread per scenario and resolves with each scenario's result, in order.
 *
 * @throws Error with the thread's message when a scenario throws or a thread dies
 */
export async function runInThreads(scenarios: readonly Scenario[]): Promise<unknown[]> {
  const { Worker } = (await import(/* @vite-ignore */ WORKER_THREADS)) as WorkerThreads;
  const entry = new URL('./thread-entry.mjs', import.meta.url);
  const workers: NodeWorker[] = [];
  try {
    return await Promise.all(
      scenarios.map(
        (scenario) =>
          new Promise<unknown>((resolve, reject) => {
            const worker = new Worker(entry, { workerData: scenario });
            workers.push(worker);
            worker.on('message', (m) => (m.ok ? resolve(m.value) : reject(new Error(m.message))));
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`thread exited with code ${code} before answering`)));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
