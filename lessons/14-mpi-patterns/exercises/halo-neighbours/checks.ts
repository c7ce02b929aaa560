/**
 * Checks of "Fill in the halo exchange" (lesson 14, the 1D heat stencil of
 * src/mpi/patterns/heat1d.ts): the learner's `heat` (which calls their `exchangeHalos` and
 * `neighbours`) runs on 1, 2, 3, 4 and 7 ranks of the course's MPI runtime, for rods whose blocks
 * differ in size, and the joined rod must equal the serial stencil in every cell, to the last bit.
 * Also: the exchange really uses sendrecv.
 */
import { fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import { mpiProgram } from '../../../../src/exercises/run-learner.ts';
import { joinPieces, maxDifference, serialHeat } from '../../../../src/mpi/patterns/heat1d.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const CASES: [cells: number, steps: number, ranks: number][] = [
  [23, 30, 1],
  [23, 30, 2],
  [23, 30, 3],
  [60, 200, 4],
  [60, 50, 7],
];

export const checks: ExerciseChecks = async (ctx) => {
  for (const name of ['neighbours', 'exchangeHalos', 'heat']) {
    const f = learnerFunction(ctx, name);
    if (!f.ok) return [f.result];
  }
  const results: CheckResult[] = [];
  const exchange = Function.prototype.toString.call(ctx.learner.exchangeHalos);
  if (!/\.\s*sendrecv\s*\(/.test(exchange)) results.push(fail('exchangeHalos uses comm.sendrecv', 'a call of comm.sendrecv', 'none in the function'));
  for (const [n, steps, size] of CASES) {
    const name = `${n} cells, ${steps} steps on ${size} rank${size === 1 ? '' : 's'}`;
    const driver = `(async () => { const piece = await heat(comm, ${n}, ${steps}); return { n: ${n}, steps: ${steps}, first: piece.first, u: Array.from(piece.u) }; })()`;
    const run = await ctx.runtime.runMpi(mpiProgram(ctx.source, driver), size);
    if (run.status === 'error') {
      const e = run.error;
      results.push(fail(name, 'every rank finishes', `rank ${e?.rank}: ${e?.message}${e?.line !== undefined ? ` (line ${e.line})` : ''}`));
      break;
    }
    if (run.status === 'deadlock') {
      results.push(fail(name, 'every rank finishes', `a deadlock: ${(run.deadlock ?? []).join('; ')}`, 'A rank waits for a ghost value nobody sends it: does every send have a matching receive on the neighbour?'));
      break;
    }
    const rod = joinPieces(run.returns);
    if (rod instanceof Error) {
      results.push(fail(name, 'every rank returns its block', rod.message));
      break;
    }
    const serial = serialHeat(n, steps);
    const worst = maxDifference(rod.u, serial);
    if (worst !== 0) {
      const cell = Array.from(serial).findIndex((t, i) => t !== rod.u[i]);
      results.push(fail(name, `the serial stencil: cell ${cell} at ${serial[cell]!.toFixed(6)} degrees`, `${rod.u[cell]!.toFixed(6)} degrees (largest difference ${worst.toExponential(3)})`,
        'A ghost cell holds the wrong neighbour\'s value, or none: which cell does each rank send, to whom, and where does what it receives go?'));
      break;
    }
    results.push(pass(name, `equal to the serial stencil in all ${n} cells; ${run.elapsedMs.toFixed(0)} ms including starting the ranks`));
  }
  return results;
};
