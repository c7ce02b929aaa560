// Node worker_threads entry for the MPI unit tests: one rank per thread, as rank.worker.ts is in
// the browser. Loads rank-host.ts through tsx's API (the same TypeScript the browser workers run),
// waits for the start message (rank, size, program, peer ports, mailboxes) and posts the rank's
// event batches back.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { hostRank } = await tsImport('../rank-host.ts', import.meta.url);
parentPort.once('message', (start) => {
  hostRank(start, start.peers, (batch) => parentPort.postMessage(batch));
});
