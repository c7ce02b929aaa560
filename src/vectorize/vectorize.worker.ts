/**
 * Worker entry of the vectorization labs: times the loops of ./loops.ts here, off the page's
 * thread (each call blocks this worker for a few hundred ms). Thin: it exposes {@link timeLoop}.
 */
import { expose } from 'comlink';
import { timeLoop } from './time-loop.ts';

const api = { timeLoop };

/** The API this worker exposes; wrap it with Comlink on the page (./vectorize-client.ts). */
export type VectorizeApi = typeof api;

expose(api);
