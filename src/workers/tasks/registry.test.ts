import { describe, expect, it } from 'vitest';
import { isTaskName, runChunk, TASKS } from './registry.ts';

describe('task registry', () => {
  it('runs a chunk in order and times every item', async () => {
    const out = await runChunk('square', [[1], [2], [3], [-4]]);
    expect(out.results).toEqual([1, 4, 9, 16]);
    expect(out.times).toHaveLength(4);
    for (const [s, e] of out.times) expect(e).toBeGreaterThanOrEqual(s);
  });
  it('takes several arguments (starmap)', async () => {
    expect((await runChunk('power', [[2, 10], [3, 2]])).results).toEqual([1024, 9]);
  });
  it('names the task, item and arguments when a task throws', async () => {
    await expect(runChunk('sqrt', [[4], [-1]], 10)).rejects.toThrow(/sqrt\(-1\) for item 11 failed: math domain error/);
  });
  it('refuses unknown tasks and wrong argument types', async () => {
    expect(isTaskName('square')).toBe(true);
    expect(isTaskName('constructor')).toBe(false);
    await expect(runChunk('nope', [[1]])).rejects.toThrow(/Unknown task "nope"/);
    await expect(runChunk('square', [['x']])).rejects.toThrow(/expects a number/);
  });
  it('samplePi is the course sample(n): (n, inside) with inside/n near pi/4', () => {
    const s = TASKS.samplePi(100_000, 7, 0);
    expect(s.n).toBe(100_000);
    expect(Math.abs((4 * s.inside) / s.n - Math.PI)).toBeLessThan(0.05);
  });
  it('greet waits and answers like greet.sh', async () => {
    const t0 = Date.now();
    await expect(TASKS.greet('Kia ora', 30)).resolves.toBe('Kia ora to you my friend!');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
  });
});
