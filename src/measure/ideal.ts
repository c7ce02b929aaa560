/**
 * Ideal wall times of the simple models the labs compare against. Pure: any thread, and Node.
 */

/**
 * The wall time of `tasks` equal tasks of `taskMs` each on `slots` workers (or concurrent
 * requests) that each take the next task when free: the busiest slot decides,
 * ceil(tasks / slots) × taskMs (ms). One slot is the serial loop.
 *
 * @throws RangeError unless tasks and slots are positive integers and taskMs is positive
 */
export function idealWallMs(tasks: number, taskMs: number, slots: number): number {
  if (!Number.isInteger(tasks) || tasks < 1) throw new RangeError(`tasks must be a positive integer, got ${tasks}`);
  if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`the number of workers must be a positive integer, got ${slots}`);
  if (!(taskMs > 0)) throw new RangeError(`the task time must be positive, got ${taskMs}`);
  return Math.ceil(tasks / slots) * taskMs;
}
