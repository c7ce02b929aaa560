/**
 * Checks of the faded word-autocorrelation exercise (lesson 08, after ENCCS "High Performance
 * Data Analytics in Python"): each of the learner's two collection functions runs on 1 to 4 ranks
 * of the course's MPI runtime (src/mpi), and rank 0's total must equal the serial sum of the same
 * ACFs (src/mpi/words.ts). Also: the point-to-point version really uses send/recv and the
 * collective one really uses gather.
 */
import { fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import { mpiProgram } from '../../../../src/exercises/run-learner.ts';
import { generateText, sumAcfs, wordAcf, VOCABULARY } from '../../../../src/mpi/words.ts';
import type { CheckContext, CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const N_WORDS_TEXT = 20000;
const SEED = 7;
const TIMESTEPS = 20;
const WORDS = VOCABULARY.slice(0, 16);

/** The driver every rank runs: the course's word split, then the learner's collection function. */
function driver(fnName: string): string {
  return `(async () => {
    const text = kernels.generateText(${N_WORDS_TEXT}, ${SEED});
    const words = kernels.VOCABULARY.slice(0, ${WORDS.length});
    const rank = comm.Get_rank(), size = comm.Get_size();
    const mine = words.slice(Math.trunc(rank * words.length / size), Math.trunc((rank + 1) * words.length / size));
    const total = await ${fnName}(comm, mine, text, ${TIMESTEPS});
    return rank === 0 ? (total == null ? null : Array.from(total)) : 'not root';
  })()`;
}

async function checkFunction(ctx: CheckContext, fnName: string, reference: number[], uses: RegExp, usesWhat: string): Promise<CheckResult[]> {
  const f = learnerFunction(ctx, fnName);
  if (!f.ok) return [f.result];
  const results: CheckResult[] = [];
  const text = Function.prototype.toString.call(f.value);
  if (!uses.test(text)) results.push(fail(`${fnName} uses ${usesWhat}`, `a call of ${usesWhat}`, 'none in the function'));
  for (const size of [1, 2, 3, 4]) {
    const name = `${fnName} on ${size} rank${size === 1 ? '' : 's'}`;
    const run = await ctx.runtime.runMpi(mpiProgram(ctx.source, driver(fnName)), size);
    if (run.status === 'error') {
      const e = run.error;
      results.push(fail(name, 'every rank finishes', `rank ${e?.rank}: ${e?.message}${e?.line !== undefined ? ` (line ${e.line})` : ''}`));
      break;
    }
    if (run.status === 'deadlock') {
      results.push(fail(name, 'every rank finishes', `a deadlock: ${(run.deadlock ?? []).join('; ')}`, 'A rank waits for a message nobody sends: check who sends to whom, and how many times.'));
      break;
    }
    const got = run.returns[0];
    if (!Array.isArray(got) || got.length !== reference.length) {
      results.push(fail(name, `rank 0 returns the summed ACF (${reference.length} lags)`, show(got)));
      break;
    }
    const worst = Math.max(...reference.map((r, t) => Math.abs(r - (got[t] as number))));
    if (!(worst <= 1e-9)) {
      results.push(fail(name, `summed ACF starting ${show(reference.slice(0, 3).map((x) => +x.toFixed(4)))}`, `${show((got as number[]).slice(0, 3).map((x) => +Number(x).toFixed(4)))} (largest difference ${worst})`, 'Is every rank\'s list added exactly once?'));
      break;
    }
    results.push(pass(name, `rank 0 holds the sum of ${WORDS.length} ACFs; ${run.elapsedMs.toFixed(0)} ms including starting the ranks`));
  }
  return results;
}

export const checks: ExerciseChecks = async (ctx) => {
  const text = generateText(N_WORDS_TEXT, SEED);
  const reference = Array.from(sumAcfs(WORDS.map((w) => wordAcf(w, text, TIMESTEPS)), TIMESTEPS));
  return [
    ...(await checkFunction(ctx, 'aveWordAcfP2p', reference, /\.\s*send\s*\([\s\S]*\.\s*recv\s*\(|\.\s*recv\s*\([\s\S]*\.\s*send\s*\(/, 'comm.send and comm.recv')),
    ...(await checkFunction(ctx, 'aveWordAcfGather', reference, /\.\s*gather\s*\(/, 'comm.gather')),
  ];
};
