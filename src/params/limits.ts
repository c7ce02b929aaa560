/**
 * The project's limits, in one place: every form field, lab link, pool and runtime reads them
 * from here, so a lab and the code it drives never disagree about how many workers are allowed.
 *
 * Pure: any thread, and Node.
 */

/** Most workers one run may ask for, in any lab or pool (a browser's cores are far fewer). */
export const MAX_WORKERS = 64;

/** Most MPI ranks one program may start (each rank is a worker with a port to every other). */
export const MAX_RANKS = 16;

/** Most timed repeats per measured configuration. */
export const MAX_REPEATS = 20;

/** A sweep estimated to take longer than this is refused before it starts (s). */
export const MAX_SWEEP_SECONDS = 300;

/** Largest seed of the random streams: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 2 ** 32 - 1;
