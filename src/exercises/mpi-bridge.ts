/**
 * Adapts the course's MPI runtime (src/mpi, engineer "d") to the exercise runtime: runs a program
 * on ranks and reduces the snapshot to an {@link MpiRunResult}, forwarding rank output to the
 * learner's console. The launcher is passed in: Web Worker ranks in the learner worker
 * (src/mpi/run-workers.ts), in-process ranks in Node tests (src/mpi/run-in-process.ts).
 */
import type { MpiSnapshot } from '../mpi/run-core.ts';
import { describeWait } from '../mpi/deadlock.ts';
import type { LogLine, MpiRunResult } from './types.ts';

/** Runs `program` on `size` ranks with some launcher and resolves with its final snapshot. */
export type MpiLauncher = (options: { program: string; size: number }) => Promise<MpiSnapshot>;

/**
 * Runs an MPI program and summarises the outcome.
 *
 * @throws RangeError for a size outside the MPI runtime's range (1..16)
 */
export async function runMpiProgram(launch: MpiLauncher, program: string, size: number, onLog: (line: LogLine) => void): Promise<MpiRunResult> {
  const snap = await launch({ program, size });
  for (const line of snap.output) onLog({ level: 'log', text: `[rank ${line.rank}] ${line.text}` });
  const status = snap.status === 'running' ? 'error' : snap.status;
  const result: MpiRunResult = { status, returns: snap.returns, elapsedMs: snap.elapsedMs };
  if (snap.error) result.error = snap.error;
  if (snap.deadlock) result.deadlock = snap.deadlock.waits.map(describeWait);
  return result;
}
