import { afterEach, describe, expect, it } from 'vitest';
import { createNodeRuntime } from './node-runtime.ts';
import { createRuntime, LearnerTaskError } from './runtime.ts';
import { MAX_WORKERS } from '../params/limits.ts';
import type { LearnerRuntime, LogLine, RankComm } from './types.ts';

let runtime: LearnerRuntime | undefined;
afterEach(() => runtime?.close());

describe('learner runtime on worker_threads', () => {
  it('maps a function over items on several workers, results in item order', async () => {
    runtime = await createNodeRuntime('');
    const out = await runtime.parallelMap((x: number) => x * x, [1, 2, 3, 4, 5, 6, 7], 3);
    expect(out).toEqual([1, 4, 9, 16, 25, 36, 49]);
  });

  it('sends functions as source: closures are not captured', async () => {
    runtime = await createNodeRuntime('');
    const k = 10;
    await expect(runtime.parallelMap((x: number) => x + k, [1], 1)).rejects.toThrow(/k is not defined/);
  });

  it('reports the editor line of a failing function', async () => {
    const source = 'const a = 1;\nfunction bad(x) {\n  return x.y.z;\n}\n';
    runtime = await createNodeRuntime(source);
    const bad = new Function(`${source}; return bad;`)() as (x: unknown) => unknown;
    const error = await runtime.parallelMap(bad as never, [{}], 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LearnerTaskError);
    expect((error as LearnerTaskError).editorLine).toBe(3);
    expect((error as LearnerTaskError).message).toMatch(/TypeError/);
  });

  it('shares SharedArrayBuffers between workers started together', async () => {
    runtime = await createNodeRuntime('');
    const sab = new SharedArrayBuffer(4);
    const add = (buffer: SharedArrayBuffer, n: number) => {
      const a = new Int32Array(buffer);
      for (let i = 0; i < n; i++) Atomics.add(a, 0, 1);
      return n;
    };
    await runtime.runWorkers(add as never, [[sab, 1000], [sab, 2000]]);
    expect(new Int32Array(sab)[0]).toBe(3000);
  });

  it('gives ranks a communicator over MessageChannels', async () => {
    runtime = await createNodeRuntime('');
    const ring = async (comm: RankComm) => {
      const right = (comm.rank + 1) % comm.size;
      const left = (comm.rank + comm.size - 1) % comm.size;
      comm.send(right, comm.rank * 10);
      return comm.recv(left);
    };
    expect(await runtime.runRanks(ring as never, 3)).toEqual([20, 0, 10]);
  });

  it('forwards console output of the workers', async () => {
    const lines: LogLine[] = [];
    runtime = await createNodeRuntime('', (l) => lines.push(l));
    await runtime.parallelMap((x: number) => console.log('item', x, [x]) ?? x, [7], 1);
    expect(lines).toEqual([{ level: 'log', text: 'item 7 [7]' }]);
  });

  it('rejects bad worker counts with a clear message', async () => {
    runtime = await createNodeRuntime('');
    await expect(runtime.parallelMap((x: number) => x, [1], 0)).rejects.toThrow(/workers must be an integer from 1 to 16/);
    await expect(runtime.runRanks(() => 0, 99)).rejects.toThrow(/size must be/);
  });
});

describe('learner runtime limits and stray messages (fake workers)', () => {
  /** A spawn function whose workers answer each task after `delayMs`, and a count of live ones. */
  function fakeWorkers(delayMs = 20) {
    const live = { now: 0, most: 0, started: 0 };
    const listeners: ((m: never) => void)[] = [];
    const spawn = () => {
      live.now++;
      live.started++;
      live.most = Math.max(live.most, live.now);
      let listener: (m: never) => void = () => {};
      let ended = false;
      return {
        post: (message: unknown) => {
          const m = message as { id: number; args: unknown[] };
          setTimeout(() => !ended && listener({ type: 'done', id: m.id, value: m.args[0] } as never), delayMs);
        },
        onMessage: (l: (m: never) => void) => {
          listener = l;
          listeners.push(l);
        },
        onError: () => {},
        terminate: () => {
          if (!ended) live.now--;
          ended = true;
        },
      };
    };
    return { live, spawn, listeners };
  }

  it('caps the workers a run holds in total, not only per call (64 concurrent calls of 4 workers)', async () => {
    const { live, spawn } = fakeWorkers();
    runtime = createRuntime({ spawn, cores: 4, source: '', onLog: () => {} });
    const calls = Array.from({ length: 64 }, () => runtime!.parallelMap((x: number) => x, [1, 2, 3, 4], 4).then(() => 'ok', (e: Error) => e.message));
    const outcomes = await Promise.all(calls);
    expect(live.most).toBeLessThanOrEqual(MAX_WORKERS);
    expect(live.started).toBeLessThanOrEqual(MAX_WORKERS);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(MAX_WORKERS / 4);
    expect(outcomes.find((o) => o !== 'ok')).toMatch(new RegExp(`at most ${MAX_WORKERS} workers at once`));
    // Once the calls are over, their workers are free again.
    expect(await runtime.parallelMap((x: number) => x, [1, 2, 3], 3)).toEqual([1, 2, 3]);
  });

  it('counts the ranks of MPI runs in progress toward the cap', async () => {
    const { spawn } = fakeWorkers();
    let release = () => {};
    runtime = createRuntime({
      spawn,
      cores: 4,
      source: '',
      onLog: () => {},
      maxTotalWorkers: 8,
      runMpi: () => new Promise((done) => (release = () => done({ status: 'ok', returns: [], elapsedMs: 0 }))),
    });
    const mpi = runtime.runMpi('', 6);
    await expect(runtime.parallelMap((x: number) => x, [1, 2, 3], 3)).rejects.toThrow(/at most 8 workers at once/);
    expect(await runtime.parallelMap((x: number) => x, [1, 2], 2)).toEqual([1, 2]);
    release();
    await mpi;
    expect(await runtime.parallelMap((x: number) => x, [1, 2, 3], 3)).toEqual([1, 2, 3]);
  });

  it('ignores messages from a worker that are not the task protocol (learner postMessage)', async () => {
    const { spawn, listeners } = fakeWorkers();
    const lines: LogLine[] = [];
    runtime = createRuntime({ spawn, cores: 1, source: '', onLog: (l) => lines.push(l) });
    const result = runtime.parallelMap((x: number) => x, [5], 1);
    for (const stray of [null, undefined, 'hello', 42, { kind: 'x' }, { type: 'log' }, { type: 'done' }]) listeners[0]!(stray as never);
    expect(await result).toEqual([5]);
    expect(lines).toEqual([]);
  });
});
