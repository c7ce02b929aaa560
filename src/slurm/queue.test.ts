import { describe, expect, it } from 'vitest';
import { ModelledQueue } from './queue.ts';

const states = (q: ModelledQueue) => q.jobs().map((j) => `${j.id}:${j.state}${j.state === 'PENDING' ? `(${j.reason})` : ''}`);

describe('ModelledQueue', () => {
  it('queues as PENDING (None), starts in submit order when cores are free, and ends', () => {
    const q = new ModelledQueue(8, 100);
    expect(q.submit({ name: 'a', cores: 5, timeMinutes: 10 }, 0).jobId).toBe(100);
    q.submit({ name: 'b', cores: 5, timeMinutes: 10 }, 0);
    expect(states(q)).toEqual(['100:PENDING(None)', '101:PENDING(None)']);
    expect(q.schedule(1).map((j) => j.id)).toEqual(['100']);
    expect(states(q)).toEqual(['100:RUNNING', '101:PENDING(Resources)']);
    expect(q.finish('100', 2, 0).state).toBe('COMPLETED');
    q.schedule(3);
    expect(q.finish('101', 4, 1)).toMatchObject({ state: 'FAILED', exitCode: '1:0' });
  });

  it('backfills a short job that ends before the blocked job could start, not a long one', () => {
    const q = new ModelledQueue(8);
    q.submit({ name: 'big-running', cores: 6, timeMinutes: 60 }, 0);
    q.schedule(0);
    q.submit({ name: 'wide', cores: 8, timeMinutes: 10 }, 1); // must wait for the 6 cores: until t = 60 min
    q.submit({ name: 'long', cores: 2, timeMinutes: 120 }, 2); // fits now, but would delay "wide"
    q.submit({ name: 'short', cores: 2, timeMinutes: 30 }, 3); // fits now and ends in time
    const started = q.schedule(4);
    expect(started.map((j) => [j.name, j.backfilled])).toEqual([['short', true]]);
    expect(states(q)).toEqual(['1:RUNNING', '2:PENDING(Resources)', '3:PENDING(Priority)', '4:RUNNING']);
  });

  it('runs an array as tasks, at most %n at once, and cancels a whole array', () => {
    const q = new ModelledQueue(8, 20);
    const { jobId, queued } = q.submit({ name: 'arr', cores: 1, timeMinutes: 5, array: { indices: [1, 2, 3, 4], throttle: 2 } }, 0);
    expect(jobId).toBe(20);
    expect(queued.map((j) => [j.id, j.jobId])).toEqual([['20_1', 20], ['20_2', 21], ['20_3', 22], ['20_4', 23]]);
    q.submit({ name: 'next', cores: 1, timeMinutes: 5 }, 0);
    q.schedule(1);
    expect(states(q)).toEqual(['20_1:RUNNING', '20_2:RUNNING', '20_3:PENDING(JobArrayTaskLimit)', '20_4:PENDING(JobArrayTaskLimit)', '24:RUNNING']);
    q.finish('20_1', 2, 0);
    expect(q.schedule(3).map((j) => j.id)).toEqual(['20_3']);
    expect(q.cancel('20', 4).map((j) => j.id)).toEqual(['20_2', '20_3', '20_4']);
    expect(q.cancel('20', 5)).toEqual([]);
  });

  it('refuses a job larger than the node', () => {
    expect(() => new ModelledQueue(4).submit({ name: 'x', cores: 5, timeMinutes: null }, 0)).toThrow(RangeError);
  });
});
