/**
 * A task worker: runs the functions learner code passes to parallelMap, runWorkers and runRanks.
 * Started (as a nested worker) by the learner worker's runtime; ended with it.
 */
import { installTaskHost } from './task-host.ts';
import { formatForConsole } from './format-value.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  self.postMessage({ type: 'log', level: 'error', text: `Unhandled rejection in a worker: ${formatForConsole(event.reason)}` });
});

installTaskHost(
  {
    post: (message) => self.postMessage(message),
    onMessage: (listener) => {
      self.onmessage = (event: MessageEvent) => listener(event.data);
    },
  },
  formatForConsole,
);
