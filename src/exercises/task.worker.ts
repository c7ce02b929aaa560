/**
 * A task worker: runs the functions learner code passes to parallelMap, runWorkers and runRanks.
 * Started (as a nested worker) by the learner worker's runtime; ended with it.
 */
import { installTaskHost } from './task-host.ts';
import { formatForConsole } from './format-value.ts';
import { guardPostMessage } from './guard-post-message.ts';

declare const self: DedicatedWorkerGlobalScope;

// The host's channel to the learner worker, taken before learner functions run: their own
// `postMessage` calls become console lines (capped by the task host like console.log).
const send = guardPostMessage(self, (message) => console.info(`postMessage: ${formatForConsole(message, true)}`));

self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  send({ type: 'log', level: 'error', text: `Unhandled rejection in a worker: ${formatForConsole(event.reason)}` });
});

installTaskHost(
  {
    post: (message) => send(message),
    onMessage: (listener) => {
      self.onmessage = (event: MessageEvent) => listener(event.data);
    },
  },
  formatForConsole,
);
