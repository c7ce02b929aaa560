/**
 * Defect 1 of issue 17: a rank that polls with `req.test()` or `comm.iprobe()` in a loop without
 * `await` sees a message as soon as it arrives (shared mailboxes), as under MPI; where the message
 * can only come as a port event (the fallback transport, or a transferred buffer) the rank is
 * stopped with an error that says what to change. Real parallel ranks: Node worker_threads.
 */
import { describe, expect, it } from 'vitest';
import { runInThreads } from './testing/run-threads.ts';
import { runInProcess } from './run-in-process.ts';
import { LESSON_PROGRAMS } from '../labs/mpi/programs.ts';

/** Rank 0 computes in slices and polls between them, never yielding; rank 1 sends 300 ms after rank 0 started polling. */
const pollTest = (send: string) => `
if (comm.rank === 0) {
  const req = comm.irecv(1, 7); comm.send('ready', 1, 0);
  let slices = 0;
  let [done, value] = req.test();
  while (!done) {
    kernels.integrate2dRows(200, 0, 20);   // a slice of work, no await
    slices++;
    [done, value] = req.test();
  }
  return [value, slices];
} else {
  await comm.recv(0, 0);
  await sleep(300);
  ${send}
}`;

const probeTest = `
if (comm.rank === 0) {
  comm.send('ready', 1, 0);
  let polls = 0;
  while (!comm.iprobe(1, 4)) polls++;
  return [await comm.recv(1, 4), polls > 0];
} else {
  await comm.recv(0, 0);
  await sleep(300);
  await comm.send('probed', 0, 4);
}`;

describe('polling without yielding, on worker threads', () => {
  it('shared mailboxes: a loop on req.test() without await completes when the message comes', async () => {
    const s = await runInThreads({ program: pollTest("await comm.send('arrived', 0, 7);"), size: 2 });
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.transport).toBe('shared');
    const [value, slices] = s.returns[0] as [string, number];
    expect(value).toBe('arrived');
    expect(slices).toBeGreaterThan(10); // it computed while the message travelled
  });

  it('shared mailboxes: a loop on comm.iprobe() without await completes too', async () => {
    const s = await runInThreads({ program: probeTest, size: 2 });
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.returns[0]).toEqual(['probed', true]);
  });

  it("the lesson's overlap program works as written on 4 ranks", async () => {
    const s = await runInThreads({ program: LESSON_PROGRAMS.overlap.source, size: 4 });
    expect(s.status, s.error?.message).toBe('ok');
    const out = s.output.filter((l) => l.rank === 0).map((l) => l.text);
    expect(out.at(-1)).toMatch(/^rank 0 received 3 partial integrals while computing \d+ slices of its own$/);
  });

  it('fallback (ports only): the rank is stopped after about a second with a message that says to add an await', async () => {
    const t0 = performance.now();
    const s = await runInThreads({ program: pollTest("await comm.send('arrived', 0, 7);"), size: 2, transport: 'ports' });
    expect(s.transport).toBe('ports');
    expect(s.status).toBe('error');
    expect(s.error?.rank).toBe(0);
    expect(s.error?.message).toMatch(/^Error: rank 0 polled with req\.test\(\) for 1\.\d s without yielding/);
    expect(s.error?.message).toMatch(/not cross-origin isolated/);
    expect(s.error?.message).toMatch(/Add an await in the loop, e\.g\. `await sleep\(0\)`/);
    expect(s.error?.line).toBe(9);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('fallback: the same loop with await sleep(0) in it completes', async () => {
    const program = pollTest("await comm.send('arrived', 0, 7);").replace('slices++;', 'slices++;\n    await sleep(0);');
    const s = await runInThreads({ program, size: 2, transport: 'ports' });
    expect(s.status, s.error?.message).toBe('ok');
    expect((s.returns[0] as unknown[])[0]).toBe('arrived');
  });

  it('shared mailboxes, but the message is transferred (a port message): stopped, naming the port and the sender', async () => {
    const s = await runInThreads({ program: pollTest("await comm.send(new Float64Array(4), { dest: 0, tag: 7, transfer: true });"), size: 2 });
    expect(s.status).toBe('error');
    expect(s.error?.message).toMatch(/polled with req\.test\(\) .* a message from rank 1 travels through a MessagePort \(it was sent with transfer: true/);
  });
});

describe('polling in one thread (in-process ranks)', () => {
  it('a message already sent is seen by a non-yielding test() loop through the mailbox, and only by it', async () => {
    // Rank 1 sends during its first synchronous step; rank 0 then polls without ever yielding.
    const program = `if (comm.rank === 1) { comm.send('early', 0, 3); return null; }
      await null;   // a microtask: lets rank 1 start, but no port message can be delivered
      const req = comm.irecv(1, 3);
      let polls = 0;
      while (!req.test()[0]) if (++polls > 1e9) break;
      return polls;`;
    const shared = await runInProcess({ program, size: 2, transport: 'shared' });
    expect(shared.status, shared.error?.message).toBe('ok');
    expect(shared.returns[0]).toBe(0);
    const ports = await runInProcess({ program, size: 2, transport: 'ports' });
    expect(ports.status).toBe('error');
    expect(ports.error?.message).toMatch(/without yielding/);
  });
});
