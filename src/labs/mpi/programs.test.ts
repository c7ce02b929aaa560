import { describe, expect, it } from 'vitest';
import { LESSON_PROGRAMS, type ProgramId } from './programs.ts';
import { runInProcess } from '../../mpi/run-in-process.ts';
import { integrate2d } from '../../kernels/integrate2d.ts';

const run = (id: ProgramId, size: number, patch: (s: string) => string = (s) => s) =>
  runInProcess({ program: patch(LESSON_PROGRAMS[id].source), size, deadlockGraceMs: 30 });

const text = (s: Awaited<ReturnType<typeof run>>, rank: number) => s.output.filter((l) => l.rank === rank).map((l) => l.text);

describe('lesson programs run in-process', () => {
  it.each(['hello', 'send-recv', 'isend-irecv', 'bcast', 'scatter', 'gather', 'deadlock-fixed'] as const)('%s finishes on 3 ranks', async (id) => {
    const s = await run(id, 3);
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.output.length).toBeGreaterThan(0);
  });

  it('hello prints one line per rank', async () => {
    const s = await run('hello', 5);
    expect(s.output.map((l) => l.text).sort()).toEqual([0, 1, 2, 3, 4].map((r) => `Hello from rank ${r} of 5`));
  });

  it('integration with reduce equals the rank-order sum of the blocks (smaller n)', async () => {
    const s = await run('integrate-reduce', 4, (src) => src.replace('const n = 10000;', 'const n = 400;'));
    const expected = integrate2d(400, 4).toExponential(6);
    expect(text(s, 0)).toContain(`Integral value is ${expected}, error is ${Math.abs(integrate2d(400, 4)).toExponential(6)}`);
  });

  it('pi with gather: estimate within 4 standard errors (fewer darts)', async () => {
    const s = await run('pi-gather', 3, (src) => src.replace('30_000_000', '300_000'));
    const line = text(s, 0).find((l) => l.startsWith('darts:'))!;
    const estimate = Number(/estimate: ([\d.]+)/.exec(line)![1]);
    const se = 4 * Math.sqrt(((Math.PI / 4) * (1 - Math.PI / 4)) / 300_000);
    expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * se);
    expect(text(s, 1)).toEqual([expect.stringMatching(/^before gather: rank 1, inside: \d+$/), 'after gather: rank 1, inside: undefined']);
  });

  it('point-to-point and gather versions of the word ACF agree, on 3 and 5 ranks', async () => {
    const small = (src: string) => src.replace('100_000', '5_000');
    for (const size of [3, 5]) {
      const a = await run('acf-p2p', size, small);
      const b = await run('acf-gather', size, small);
      const line = (s: typeof a) => text(s, 0).find((l) => l.startsWith('average ACF'));
      expect(line(a)).toMatch(/^average ACF at lags 0\.\.4: 1\.00000 /);
      expect(line(a)).toBe(line(b));
      expect(a.trace.messages.filter((m) => m.context === 'p2p')).toHaveLength(size - 1);
      expect(b.trace.collectives.map((c) => c.name)).toEqual(['gather']);
    }
  });

  it('the deadlock program deadlocks on 2 and on 4 ranks', async () => {
    for (const size of [2, 4]) {
      const s = await run('deadlock', size);
      expect(s.status).toBe('deadlock');
      expect(s.deadlock?.cycle).toEqual([0, 1, 0]);
    }
  });
});

describe('allreduce and barrier', () => {
  it('every rank gets the global maximum; early ranks wait at the barrier for the last', async () => {
    const s = await run('allreduce-barrier', 4);
    expect(s.status, s.error?.message).toBe('ok');
    const max = Math.max(...[0, 1, 2, 3].flatMap((r) => [0, 1, 2, 3, 4].map((i) => (r * 37 + i * 11) % 50)));
    for (let r = 0; r < 4; r++) {
      const [first, second] = text(s, r);
      expect(first).toMatch(new RegExp(`global max ${max}$`));
      const waited = Number(/waited (\d+) ms/.exec(second!)![1]);
      expect(waited).toBeGreaterThanOrEqual((3 - r) * 100 - 30);
    }
  });
});

describe('copy or transfer', () => {
  it('copies leave the array with rank 0, transfers empty it; every round arrives whole', async () => {
    const s = await runInProcess({ program: LESSON_PROGRAMS.transfer.source, size: 2, deadlockGraceMs: 30 });
    expect(s.status, s.error?.message).toBe('ok');
    const r0 = s.output.filter((l) => l.rank === 0).map((l) => l.text);
    expect(r0.filter((t) => t.startsWith('copied') && t.endsWith('holds 1048576 doubles'))).toHaveLength(3);
    expect(r0.filter((t) => t.startsWith('transferred') && t.endsWith('holds 0 doubles'))).toHaveLength(3);
    const r1 = s.output.filter((l) => l.rank === 1).map((l) => l.text);
    expect(r1).toHaveLength(6);
    for (const t of r1) expect(t).toMatch(/: 1048576 doubles arrived after \d+\.\d ms$/);
  });
});
