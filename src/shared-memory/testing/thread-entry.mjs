// Node worker_threads entry for the shared-memory unit tests: loads scenarios.ts through tsx's
// API (so the thread runs the same TypeScript source as the browser workers), runs one scenario
// and posts its result.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

try {
  const { runScenario } = await tsImport('./scenarios.ts', import.meta.url);
  parentPort.postMessage({ ok: true, value: runScenario(workerData) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
