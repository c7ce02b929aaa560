/**
 * Worker entry of the scaling lab: one call does a given amount of busy work and reports when it
 * started and ended (absolute ms), so the page can separate the serial and the parallel phase.
 */
import { expose } from 'comlink';
import { busyWork } from '../labs/scaling/workload.ts';
import { timed, type Timed } from './timed.ts';

const api = {
  /** `evaluations` sin evaluations (see busyWork); returns their sum with the compute interval. */
  work(evaluations: number, phase: number): Timed<number> {
    return timed(() => busyWork(evaluations, phase));
  },
  /** Returns its argument: a ping to start a worker without working. */
  echo<T>(value: T): T {
    return value;
  },
};

/** The API this worker exposes; wrap it with Comlink on the page. */
export type ScalingApi = typeof api;

expose(api);
