/**
 * The learner runtime on Node worker_threads, for the unit tests: the same task host
 * (task-host.ts) as in the browser, sent to each thread as source text, so the tests run the
 * learner's functions in real parallel threads with real SharedArrayBuffers and MessageChannels.
 *
 * Node only (never bundled: only *.test.ts files import it).
 */
import { createRuntime, type TaskEndpoint } from './runtime.ts';
import { installTaskHost, type HostMessage } from './task-host.ts';
import { formatForConsole } from './format-value.ts';
import type { LearnerRuntime, LogLine } from './types.ts';
import { runMpiProgram } from './mpi-bridge.ts';
import { runInProcess } from '../mpi/run-in-process.ts';

interface NodeWorker {
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  on(event: 'message', listener: (message: HostMessage) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  terminate(): Promise<number>;
}
type WorkerCtor = new (code: string, options: { eval: true }) => NodeWorker;

const HOST_SCRIPT = `
const { parentPort } = require('node:worker_threads');
const formatForConsole = ${formatForConsole.toString()};
(${installTaskHost.toString()})({
  post: (m) => parentPort.postMessage(m),
  onMessage: (l) => parentPort.on('message', l),
}, formatForConsole);
`;

/**
 * A {@link LearnerRuntime} whose workers are Node worker_threads.
 *
 * @param source the learner's code (for error lines)
 * @param cores cores to report (default: Node's availableParallelism)
 * @param onLog receives the workers' console lines
 */
export async function createNodeRuntime(source: string, onLog: (line: LogLine) => void = () => {}, cores?: number): Promise<LearnerRuntime> {
  const wt = (await import(/* @vite-ignore */ `node:${'worker_threads'}`)) as { Worker: WorkerCtor };
  const os = (await import(/* @vite-ignore */ `node:${'os'}`)) as { availableParallelism(): number };
  const spawn = (): TaskEndpoint => {
    const worker = new wt.Worker(HOST_SCRIPT, { eval: true });
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      onMessage: (listener) => worker.on('message', listener),
      onError: (listener) => worker.on('error', (e) => listener(e.message)),
      terminate: () => void worker.terminate(),
    };
  };
  return createRuntime({
    spawn,
    cores: cores ?? os.availableParallelism(),
    source,
    onLog,
    // In-process ranks (same communicator and deadlock detector, no parallelism): enough to check answers.
    runMpi: (program, size, log) => runMpiProgram((o) => runInProcess(o), program, size, log),
  });
}
