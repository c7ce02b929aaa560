/**
 * Worker entry of the threaded library (src/threaded-library/): each call is one thread of a
 * team's matrix product, waiting at the team's barrier in shared memory. Thin: the work is in
 * dot-thread.ts.
 */
import { expose } from 'comlink';
import { dotThread, type DotThreadJob, type DotThreadResult } from '../threaded-library/dot-thread.ts';

const api = {
  /** Thread `job.rank` of a team's product C = A·B (see dot-thread.ts). */
  dotThread(job: DotThreadJob): DotThreadResult {
    return dotThread(job);
  },
};

/** The API of a library worker. */
export type LibraryApi = typeof api;

expose(api);
