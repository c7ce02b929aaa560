/**
 * Settings of the MPI-patterns labs, as lab-kit {@link LabSettings} (every number through
 * src/params/parse.ts). Lab links:
 * - `#/lab/halo-exchange?ranks=4&autorun=1` (the program text is edited in the lab, not linked)
 * - `#/lab/sky-sim-files?ranks=4&stars=100000&autorun=1`
 * - `#/lab/hybrid-ranks-threads?workers=4&n=3000&repeats=5&autorun=1`
 *
 * Pure: any thread, and Node.
 */
import { MAX_RANKS, MAX_REPEATS } from '../../params/limits.ts';
import { wholeNumber } from '../../params/parse.ts';
import { HYBRID_N } from '../../mpi/patterns/hybrid.ts';
import { LESSON_STARS } from '../../mpi/patterns/sky-files.ts';
import { parseFields, type LabSettings } from '../kit/settings.ts';

const ranksSchema = wholeNumber('the number of ranks', { min: 1, max: MAX_RANKS, tooSmall: 'At least 1 rank.', tooLarge: `At most ${MAX_RANKS} ranks.` });

/** Field names of the halo-exchange lab. */
export type HaloField = 'ranks';

/** Validated settings of the halo-exchange lab. */
export interface HaloParams {
  /** Ranks to start (`mpirun -np`). */
  ranks: number;
}

/** The halo-exchange lab's settings: only the ranks (the rod is set in the program text). */
export const haloSettings: LabSettings<HaloField, HaloParams> = {
  fields: [{ name: 'ranks', label: 'Ranks (mpirun -np)', help: `One block of the rod per rank (1 to ${MAX_RANKS}); 60 cells split unevenly on 7 ranks.` }],
  defaults: () => ({ ranks: '4' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, { ranks: ranksSchema });
    return ok ? { params: { ranks: values.ranks! }, errors } : { params: null, errors };
  },
};

/** Field names of the sky-simulation lab. */
export type SkyField = 'ranks' | 'stars';

/** Validated settings of the sky-simulation lab. */
export interface SkyParams {
  ranks: number;
  /** Stars in the catalogue (36 bytes of CSV each). */
  stars: number;
}

/** Most stars: 2,000,000 lines are 72 MB in the origin-private file system. */
export const SKY_MAX_STARS = 2_000_000;

/** The sky-simulation lab's settings. */
export const skySettings: LabSettings<SkyField, SkyParams> = {
  fields: [
    { name: 'ranks', label: 'Ranks (mpirun -np)', help: `Each rank writes one part file (1 to ${MAX_RANKS}).` },
    { name: 'stars', label: 'Stars', help: `36 bytes of CSV per star; the workshop makes 1 000 000 (at most ${SKY_MAX_STARS.toLocaleString('en')}).` },
  ],
  defaults: () => ({ ranks: '4', stars: String(LESSON_STARS) }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      ranks: ranksSchema,
      stars: wholeNumber('the number of stars', { min: 1, max: SKY_MAX_STARS }),
    });
    return ok ? { params: { ranks: values.ranks!, stars: values.stars! }, errors } : { params: null, errors };
  },
};

/** Field names of the hybrid lab. */
export type HybridField = 'workers' | 'n' | 'repeats';

/** Validated settings of the hybrid lab. */
export interface HybridParams {
  /** Workers in every layout (ranks x threads). */
  workers: number;
  /** Grid points per axis: n² evaluations of sin. */
  n: number;
  /** Timed repeats per layout, after one discarded warm-up. */
  repeats: number;
}

/** Most workers of the hybrid lab: 8 ranks, or 1 rank with 8 threads. */
export const HYBRID_MAX_WORKERS = 8;

/** The hybrid lab's settings. */
export const hybridSettings: LabSettings<HybridField, HybridParams> = {
  fields: [
    { name: 'workers', label: 'Workers (ranks × threads)', help: (_raw, env) => `Every layout of this many workers is timed; this machine reports ${env.cores} cores.` },
    { name: 'n', label: 'Grid size n', help: `n² evaluations of sin; the lesson's Python uses ${HYBRID_N}.` },
    { name: 'repeats', label: 'Repeats', help: 'Timed runs per layout after one warm-up run, which is discarded.' },
  ],
  defaults: () => ({ workers: '4', n: String(HYBRID_N), repeats: '5' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      workers: wholeNumber('the number of workers', { min: 1, max: HYBRID_MAX_WORKERS, tooSmall: 'At least 1 worker.', tooLarge: `At most ${HYBRID_MAX_WORKERS} workers.` }),
      n: wholeNumber('the grid size n', { min: 8, max: 20_000 }),
      repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS, tooSmall: 'At least 1 repeat.', tooLarge: `At most ${MAX_REPEATS} repeats.` }),
    });
    return ok ? { params: { workers: values.workers!, n: values.n!, repeats: values.repeats! }, errors } : { params: null, errors };
  },
};
