/**
 * The learner worker: one fresh worker per Run or Check. It compiles the learner's code, runs it
 * (or the exercise's checks against it) with the parallel API on nested task workers, captures
 * console output, and posts the outcome. The page terminates it when the time limit passes, which
 * also ends every task worker it started.
 */
import { createRuntime, type TaskEndpoint } from './runtime.ts';
import { runLearner } from './run-learner.ts';
import { loadChecks } from './checks-registry.ts';
import { formatForConsole } from './format-value.ts';
import { RUNNER_TAG, type RunnerMessage, type RunnerRequest } from './protocol.ts';
import { guardPostMessage } from './guard-post-message.ts';
import type { ExerciseChecks, LogLevel, LogLine } from './types.ts';
import type { HostMessage } from './task-host.ts';
import { runMpiProgram } from './mpi-bridge.ts';
import { runMpi } from '../mpi/run-workers.ts';

declare const self: DedicatedWorkerGlobalScope;

const MAX_LINES = 1000;
const FLUSH_MS = 100;
let buffer: LogLine[] = [];
let total = 0;
let dropped = 0;
let lastFlush = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function post(message: RunnerMessage): void {
  sendToPage({ [RUNNER_TAG]: true, ...message });
}

function flush(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  lastFlush = performance.now();
  if (buffer.length === 0 && dropped === 0) return;
  post({ type: 'log', lines: buffer, dropped });
  buffer = [];
  dropped = 0;
}

/** Buffers a console line; flushes at most every 100 ms (also from inside a busy loop). */
function log(line: LogLine): void {
  total++;
  if (total > MAX_LINES) dropped++;
  else buffer.push(line);
  if (performance.now() - lastFlush >= FLUSH_MS) flush();
  else timer ??= setTimeout(flush, FLUSH_MS);
}

// The runner's own channel to the page, taken before any learner code runs. Learner code gets a
// `postMessage` of its own (guard-post-message.ts): its messages become console lines, buffered,
// throttled and capped like console.log, so they can neither end the run as if they were the
// runner's nor flood the page.
let explained = false;
const sendToPage = guardPostMessage(self, (message) => {
  if (total >= MAX_LINES) {
    total++;
    dropped++;
    return;
  }
  if (!explained) {
    explained = true;
    log({ level: 'warn', text: 'postMessage in exercise code sends nothing to the page (only the code runner talks to it): the messages are shown here instead. Use console.log to print.' });
  }
  log({ level: 'info', text: `postMessage: ${formatForConsole(message, true)}` });
});

const con = console as unknown as Record<LogLevel, (...args: unknown[]) => void>;
for (const level of ['log', 'info', 'warn', 'error'] as const) {
  con[level] = (...args: unknown[]) => log({ level, text: args.map((a) => formatForConsole(a, true)).join(' ') });
}

self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  log({ level: 'error', text: `Unhandled promise rejection: ${formatForConsole(event.reason)} (did you forget an await?)` });
});

function spawnTaskWorker(): TaskEndpoint {
  const worker = new Worker(new URL('./task.worker.ts', import.meta.url), { type: 'module', name: 'exercise task' });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    onMessage: (listener) => {
      worker.onmessage = (event: MessageEvent<HostMessage>) => listener(event.data);
    },
    onError: (listener) => {
      worker.onerror = (event) => {
        event.preventDefault();
        listener(event.message || 'the worker could not start');
      };
    },
    terminate: () => worker.terminate(),
  };
}

self.onmessage = async (event: MessageEvent<RunnerRequest>) => {
  const request = event.data;
  post({ type: 'started' });
  const cores = Math.max(1, navigator.hardwareConcurrency || 1);
  const runtime = createRuntime({
    spawn: spawnTaskWorker,
    cores,
    source: request.source,
    onLog: log,
    // MPI ranks are nested workers too: they end when the page terminates this worker.
    runMpi: (program, size, onLog) => runMpiProgram((o) => runMpi(o), program, size, onLog),
  });
  let checks: ExerciseChecks | undefined;
  try {
    if (request.mode === 'check') checks = await loadChecks(request.lessonDir, request.id);
  } catch (error) {
    flush();
    post({ type: 'outcome', outcome: { kind: 'failed', phase: 'check', message: String(error), durationMs: 0 } });
    return;
  }
  const outcome = await runLearner({ mode: request.mode, source: request.source, exports: request.exports, checks, runtime, now: () => performance.now() });
  runtime.close();
  flush();
  post({ type: 'outcome', outcome });
};
