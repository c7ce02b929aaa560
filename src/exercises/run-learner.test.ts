import { describe, expect, it } from 'vitest';
import { runLearner, mpiProgram } from './run-learner.ts';
import { createNodeRuntime } from './node-runtime.ts';
import type { ExerciseChecks, LogLine } from './types.ts';

async function go(source: string, mode: 'run' | 'check', checks?: ExerciseChecks, exportsList = ['f']) {
  const lines: LogLine[] = [];
  const runtime = await createNodeRuntime(source, (l) => lines.push(l));
  try {
    const outcome = await runLearner({ mode, source, exports: exportsList, checks, runtime, now: () => performance.now() });
    return { outcome, lines };
  } finally {
    runtime.close();
  }
}

describe('runLearner', () => {
  it('runs main() and reports the time', async () => {
    const { outcome } = await go('let hits = 0;\nasync function main() { hits = await parallelMap((x) => x + 1, [1, 2], 2); if (hits[1] !== 3) throw new Error("bad"); }', 'run');
    expect(outcome.kind).toBe('ran');
  });

  it('reports a syntax error as a compile failure', async () => {
    const { outcome } = await go('function f( {', 'run');
    expect(outcome).toMatchObject({ kind: 'failed', phase: 'compile', message: expect.stringMatching(/^SyntaxError/) });
  });

  it('reports a runtime error with its editor line, also from a task worker', async () => {
    const here = await go('function f() {}\nasync function main() {\n  null.x;\n}', 'run');
    expect(here.outcome).toMatchObject({ kind: 'failed', phase: 'run', line: 3 });
    const remote = await go('function g(x) {\n  return x.a.b;\n}\nasync function main() { await parallelMap(g, [{}], 1); }', 'run');
    expect(remote.outcome).toMatchObject({ kind: 'failed', phase: 'run', line: 2, message: expect.stringMatching(/TypeError/) });
  });

  it('gives the checks the learner functions and describes their errors with lines', async () => {
    const checks: ExerciseChecks = async (ctx) => {
      const f = ctx.learner.f as () => number;
      try {
        f();
        return [{ name: 'f', ok: true }];
      } catch (e) {
        return [{ name: 'f', ok: false, got: ctx.describeError(e) }];
      }
    };
    const { outcome } = await go('function f() {\n  throw new RangeError("nope");\n}', 'check', checks);
    expect(outcome).toMatchObject({ kind: 'checked', results: [{ name: 'f', ok: false, got: 'RangeError: nope (line 2)' }] });
  });

  it('runs learner rank functions with mpirun on the MPI runtime, with rank output and error lines', async () => {
    const ok = await go('async function rank(comm) {\n  const all = await comm.gather(comm.Get_rank() * 2, 0);\n  if (comm.Get_rank() === 0) print("gathered", all);\n  return all;\n}\nasync function main() { const r = await mpirun(rank, 3); if (r[0].join() !== "0,2,4") throw new Error(String(r)); }', 'run');
    expect(ok.outcome.kind).toBe('ran');
    expect(ok.lines.map((l) => l.text)).toContain('[rank 0] gathered [0, 2, 4]');
    const bad = await go('async function rank(comm) {\n  if (comm.Get_rank() === 1) undefinedThing();\n}\nasync function main() { await mpirun(rank, 2); }', 'run');
    expect(bad.outcome).toMatchObject({ kind: 'failed', line: 2, message: expect.stringMatching(/rank 1: ReferenceError/) });
    const stuck = await go('async function rank(comm) {\n  await comm.recv(1 - comm.Get_rank(), 0);\n}\nasync function main() { await mpirun(rank, 2); }', 'run');
    expect(stuck.outcome).toMatchObject({ kind: 'failed', message: expect.stringMatching(/deadlock/) });
  });

  it('builds MPI programs that keep the learner lines', () => {
    expect(mpiProgram('a\nb', 'f(comm)').split('\n')).toEqual(['a', 'b', ';return await f(comm);']);
  });
});
