import { describe, expect, it } from 'vitest';
import { buildDag, type Job } from './dag.ts';
import { planJobs } from './plan.ts';
import { plainLanes, schedule } from './scheduler.ts';
import { miniWordCount } from './testing/mini-workflows.ts';

function jobsOf(books = ['a', 'b', 'c', 'd']): Job[] {
  const dag = buildDag(miniWordCount(books), ['all'], (f) => f.startsWith('data/'));
  return [...planJobs(dag, (f) => (f.startsWith('data/') ? 1 : undefined)).jobs];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('schedule', () => {
  for (const j of [1, 2, 3]) {
    it(`never runs more than ${j} jobs at once and respects dependencies`, async () => {
      const jobs = jobsOf();
      let running = 0;
      let peak = 0;
      const finished = new Set<string>();
      const result = await schedule(jobs, {
        j,
        runLanes: plainLanes,
        execute: async (job) => {
          for (const d of job.deps) expect(finished.has(d), `${job.id} started before ${d} finished`).toBe(true);
          running++;
          peak = Math.max(peak, running);
          await sleep(5);
          running--;
          finished.add(job.id);
        },
      });
      expect(peak).toBeLessThanOrEqual(j);
      expect(result.peakConcurrency).toBe(peak);
      expect(j === 1 || peak === j).toBe(true);
      expect([...result.states.values()].every((s) => s === 'done')).toBe(true);
      expect(result.records).toHaveLength(jobs.length);
      expect(new Set(result.records.map((r) => r.lane)).size).toBe(j);
    });
  }
  it('skips the dependents of a failed job and stops starting new ones (Snakemake default)', async () => {
    const jobs = jobsOf();
    const ran: string[] = [];
    const result = await schedule(jobs, {
      j: 1,
      runLanes: plainLanes,
      execute: async (job) => {
        ran.push(job.id);
        if (job.id === 'count[book=b]') throw new Error('data/b.txt holds no words');
      },
    });
    expect(result.failure).toEqual({ job: 'count[book=b]', error: 'data/b.txt holds no words' });
    expect(result.states.get('count[book=a]')).toBe('done');
    expect(result.states.get('count[book=b]')).toBe('failed');
    expect(result.states.get('plot[book=b]')).toBe('skipped');
    expect(result.states.get('summary')).toBe('skipped');
    expect(ran).toEqual(['count[book=a]', 'count[book=b]']);
  });
  it('with keepGoing runs every job that does not depend on the failure', async () => {
    const jobs = jobsOf();
    const result = await schedule(jobs, {
      j: 2,
      keepGoing: true,
      runLanes: plainLanes,
      execute: async (job) => {
        await sleep(1);
        if (job.id === 'count[book=b]') throw new Error('broken');
      },
    });
    expect(result.states.get('plot[book=a]')).toBe('done');
    expect(result.states.get('plot[book=d]')).toBe('done');
    expect(result.states.get('plot[book=b]')).toBe('skipped');
    expect(result.states.get('summary')).toBe('skipped');
    expect(result.states.get('all')).toBe('skipped');
  });
  it('aborts with an AbortError and refuses a bad -j', async () => {
    const controller = new AbortController();
    const run = schedule(jobsOf(), {
      j: 2,
      signal: controller.signal,
      runLanes: plainLanes,
      execute: async () => {
        await sleep(5);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await expect(schedule(jobsOf(), { j: 0, runLanes: plainLanes, execute: async () => {} })).rejects.toThrow(RangeError);
  });
});
