/**
 * What the pattern rank worker is asked to run: the sky simulation's file pattern or the hybrid
 * timing run, with their settings. Sent as the rank's source text (JSON), so the runtime's
 * coordinator (src/mpi/run-core.ts) carries it unchanged. Pure: any thread.
 */
import type { HybridSettings } from './hybrid-rank.ts';
import type { SkySimSettings } from './sky-sim-rank.ts';

/** One job of the pattern rank worker. */
export type PatternJob =
  | ({ pattern: 'sky-sim'; /** OPFS folder of the run's files. */ folder: string } & SkySimSettings)
  | ({ pattern: 'hybrid' } & HybridSettings);

/** The OPFS folder of the sky-simulation lab. */
export const SKY_SIM_FOLDER = 'mpi-patterns-sky-sim';

/**
 * Reads a job from a rank's source text.
 * @throws Error when the text is not a pattern job
 */
export function parseJob(source: string): PatternJob {
  const job = JSON.parse(source) as PatternJob;
  if (job?.pattern !== 'sky-sim' && job?.pattern !== 'hybrid') throw new Error(`not a pattern job: ${source.slice(0, 80)}`);
  return job;
}
