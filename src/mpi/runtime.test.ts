import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.ts';
import type { RankProgram } from './program.ts';
import type { MpiSnapshot } from './run-core.ts';
import { Status } from './comm.ts';

const run = (program: string | RankProgram, size: number, extra: { deadlockGraceMs?: number } = {}) =>
  runInProcess({ program, size, deadlockGraceMs: extra.deadlockGraceMs ?? 30 });

const linesOf = (s: MpiSnapshot, rank: number) => s.output.filter((l) => l.rank === rank).map((l) => l.text);

afterEach(() => undefined);

describe('communicator basics', () => {
  it('runs hello world on 4 ranks from source text, one line per rank', async () => {
    const s = await run("print(`Hello from process ${comm.Get_rank()} out of ${comm.Get_size()}`);", 4);
    expect(s.status).toBe('ok');
    expect(s.output.map((l) => l.text).sort()).toEqual([0, 1, 2, 3].map((r) => `Hello from process ${r} out of 4`));
    for (let r = 0; r < 4; r++) expect(linesOf(s, r)).toEqual([`Hello from process ${r} out of 4`]);
  });

  it('runs built-in program functions and returns their values', async () => {
    const s = await run(async (comm) => comm.rank * 10 + comm.size, 3);
    expect(s.returns).toEqual([3, 13, 23]);
  });

  it('reports an exception with the rank that threw and stops the run', async () => {
    const s = await run('if (comm.rank === 2) {\n  null.boom;\n}\nawait comm.recv(0);', 3);
    expect(s.status).toBe('error');
    expect(s.error?.rank).toBe(2);
    expect(s.error?.message).toMatch(/TypeError/);
    expect(s.error?.line).toBe(2);
  });

  it('reports a syntax error in the program', async () => {
    const s = await run('let x = ;', 2);
    expect(s.status).toBe('error');
    expect(s.error?.message).toMatch(/SyntaxError/);
  });

  it('rejects sizes outside 1..16', async () => {
    await expect(run('', 0)).rejects.toThrow(/from 1 to 16/);
    await expect(run('', 17)).rejects.toThrow(/from 1 to 16/);
  });
});

describe('point-to-point', () => {
  it('receives from each sender in turn (the course send/recv example) on 5 ranks', async () => {
    const s = await run(
      `if (comm.rank !== 0) await comm.send("Hello World, I'm rank " + comm.rank, 0, 0);
       else for (let sender = 1; sender < comm.size; sender++) print(await comm.recv(sender, 0));`,
      5,
    );
    expect(s.status).toBe('ok');
    expect(linesOf(s, 0)).toEqual([1, 2, 3, 4].map((r) => `Hello World, I'm rank ${r}`));
    expect(s.trace.messages).toHaveLength(4);
    for (const m of s.trace.messages) {
      expect(m.dest).toBe(0);
      expect(m.receivedAt).toBeGreaterThanOrEqual(m.sentAt);
      expect(m.bytes).toBeGreaterThan(20);
    }
  });

  it('matches tags: a receive for tag 2 skips an earlier message with tag 1', async () => {
    const s = await run(async (comm) => {
      if (comm.rank === 0) {
        await comm.send('one', 1, 1);
        await comm.send('two', 1, 2);
        return null;
      }
      const b = await comm.recv(0, 2);
      const a = await comm.recv(0, 1);
      return [a, b];
    }, 2);
    expect(s.returns[1]).toEqual(['one', 'two']);
  });

  it('ANY_SOURCE and ANY_TAG match anything and fill the status', async () => {
    const s = await run(
      `if (comm.rank === 0) {
         const got = [];
         for (let i = 1; i < comm.size; i++) {
           const st = new MPI.Status();
           const v = await comm.recv({ source: MPI.ANY_SOURCE, tag: MPI.ANY_TAG, status: st });
           got.push([st.Get_source(), st.Get_tag(), v]);
         }
         return got.sort((a, b) => a[0] - b[0]);
       } else await comm.send(comm.rank * 100, { dest: 0, tag: comm.rank + 7 });`,
      3,
    );
    expect(s.returns[0]).toEqual([[1, 8, 100], [2, 9, 200]]);
  });

  it('keeps the order of messages between a pair (non-overtaking), 1000 messages', async () => {
    const s = await run(async (comm) => {
      if (comm.rank === 1) {
        for (let i = 0; i < 1000; i++) await comm.send(i, 0, i % 3);
        return null;
      }
      const got: number[] = [];
      for (let i = 0; i < 1000; i++) got.push((await comm.recv(1, -1)) as number);
      return got;
    }, 2);
    expect(s.returns[0]).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('isend/irecv: test() is false before the message, wait() gives it', async () => {
    const s = await run(async (comm, { sleep }) => {
      if (comm.rank === 0) {
        const req = comm.irecv(1, 5);
        const before = req.test()[0];
        await comm.send('go', 1, 0);
        const value = await req.wait();
        return [before, value, req.test()];
      }
      await comm.recv(0, 0);
      await sleep(5);
      const r = comm.isend({ x: 1 }, 0, 5);
      await r.wait();
      return r.test()[0];
    }, 2);
    expect(s.returns[0]).toEqual([false, { x: 1 }, [true, undefined]]); // mpi4py: (True, None) after wait()
    expect(s.returns[1]).toBe(true);
  });

  it('rejects a bad destination with a clear message', async () => {
    const s = await run('await comm.send(1, 5);', 2);
    expect(s.status).toBe('error');
    expect(s.error?.message).toMatch(/dest must be a rank in \[0, 2\)/);
  });

  it('transfers an 8 MB Float64Array instead of copying it when asked', async () => {
    const s = await run(async (comm) => {
      const n = 1 << 20; // 8 MiB of doubles
      if (comm.rank === 0) {
        const a = new Float64Array(n);
        for (let i = 0; i < n; i++) a[i] = i;
        await comm.send(a, { dest: 1, tag: 0, transfer: true });
        const b = new Float64Array(4);
        await comm.send(b, 1, 1); // copied: stays usable
        return [a.length, a.buffer.byteLength, b.length];
      }
      const a = (await comm.recv(0, 0)) as Float64Array;
      await comm.recv(0, 1);
      let sum = 0;
      for (let i = 0; i < a.length; i++) sum += a[i]!;
      return [a.length, sum];
    }, 2);
    expect(s.returns[0]).toEqual([0, 0, 4]);
    const n = 1 << 20;
    expect(s.returns[1]).toEqual([n, (n * (n - 1)) / 2]);
    expect(s.trace.messages[0]!.bytes).toBe(8 * n);
  });

  it('self-sends work', async () => {
    const s = await run(async (comm) => {
      await comm.send('me', comm.rank, 3);
      return comm.recv(comm.rank, 3);
    }, 2);
    expect(s.returns).toEqual(['me', 'me']);
  });
});

describe.each([1, 2, 3, 4, 5, 7])('collectives on %i ranks', (size) => {
  it('bcast from every root', async () => {
    const s = await run(async (comm) => {
      const got: unknown[] = [];
      for (let root = 0; root < comm.size; root++) got.push(await comm.bcast(comm.rank === root ? `from ${root}` : null, root));
      return got;
    }, size);
    expect(s.status).toBe('ok');
    for (const r of s.returns) expect(r).toEqual(Array.from({ length: size }, (_, k) => `from ${k}`));
  });

  it('scatter, gather, reduce (SUM, PROD, MAX, MIN, custom), allreduce, barrier', async () => {
    const s = await run(
      `const root = comm.size - 1;
       const piece = await comm.scatter(comm.rank === root ? Array.from({ length: comm.size }, (_, i) => i * i) : null, { root });
       const all = await comm.gather(piece + 1, 0);
       const sum = await comm.reduce(comm.rank + 1, { op: MPI.SUM, root: 0 });
       const prod = await comm.reduce(comm.rank + 1, MPI.PROD, 0);
       const max = await comm.reduce(comm.rank * 3 % 5, MPI.MAX);
       const min = await comm.reduce(comm.rank - 10, { op: MPI.MIN });
       const cat = await comm.reduce(String(comm.rank), { op: (a, b) => a + b, root: 0 });
       const vec = await comm.allreduce(new Float64Array([1, comm.rank]), MPI.SUM);
       await comm.barrier();
       return { piece, all, sum, prod, max, min, cat, vec: Array.from(vec) };`,
      size,
    );
    expect(s.status).toBe('ok');
    const ranks = Array.from({ length: size }, (_, i) => i);
    s.returns.forEach((ret, rank) => {
      const r = ret as Record<string, unknown>;
      expect(r.piece).toBe(rank * rank);
      expect(r.vec).toEqual([size, (size * (size - 1)) / 2]);
      if (rank === 0) {
        expect(r.all).toEqual(ranks.map((i) => i * i + 1));
        expect(r.sum).toBe((size * (size + 1)) / 2);
        expect(r.prod).toBe(ranks.reduce((a, i) => a * (i + 1), 1));
        expect(r.max).toBe(Math.max(...ranks.map((i) => (i * 3) % 5)));
        expect(r.min).toBe(-10);
        expect(r.cat).toBe(ranks.join(''));
      } else {
        expect(r.all).toBeUndefined();
        expect(r.sum).toBeUndefined();
      }
    });
    const names = s.trace.collectives.map((c) => c.name);
    expect(names).toEqual(['scatter', 'gather', 'reduce', 'reduce', 'reduce', 'reduce', 'reduce', 'allreduce', 'barrier']);
    for (const c of s.trace.collectives) expect(c.exit.every((t, r) => t !== undefined && t >= c.enter[r]!)).toBe(true);
  });
});

describe('barrier', () => {
  it('no rank leaves before the last one arrives', async () => {
    const s = await run(async (comm, { sleep }) => {
      await sleep(comm.rank === 2 ? 40 : 0);
      const arrived = performance.now();
      await comm.barrier();
      return [arrived, performance.now()];
    }, 4);
    const times = s.returns as [number, number][];
    const lastArrival = Math.max(...times.map((t) => t[0]));
    for (const [, left] of times) expect(left).toBeGreaterThanOrEqual(lastArrival);
  });
});

describe('kernels in scope', () => {
  it('the 2D integral with reduce on 4 ranks reproduces the course figure 4.492851e-12 (n = 1000 check)', async () => {
    const src = `const n = 1000; const { begin, end } = kernels.blockRows(n, comm.size, comm.rank);
      const part = kernels.integrate2dRows(n, begin, end);
      return comm.reduce(part, { op: MPI.SUM, root: 0 });`;
    const s = await run(src, 4);
    const { integrate2d } = await import('../kernels/integrate2d.ts');
    expect(s.returns[0]).toBe(integrate2d(1000, 4));
  });
});

describe('deadlock detection', () => {
  it('two ranks that both receive first: stopped, with the wait-for cycle', async () => {
    const s = await run('const other = 1 - comm.rank;\nconst x = await comm.recv(other, 0);\nawait comm.send(x, other, 0);', 2);
    expect(s.status).toBe('deadlock');
    expect(s.deadlock?.waits.map((w) => [w.rank, w.from, w.op])).toEqual([
      [0, 1, 'recv'],
      [1, 0, 'recv'],
    ]);
    expect(s.deadlock?.cycle).toEqual([0, 1, 0]);
  });

  it('a receive nobody will send to, after the sender finished', async () => {
    const s = await run('if (comm.rank === 0) await comm.recv(2, 9);', 3);
    expect(s.status).toBe('deadlock');
    expect(s.deadlock?.waits).toEqual([{ rank: 0, op: 'recv', from: 2, tag: 9, context: 'p2p', fromFinished: true }]);
  });

  it('a collective some ranks skip', async () => {
    const s = await run('if (comm.rank !== 1) await comm.bcast(1, 1);', 3);
    expect(s.status).toBe('deadlock');
    expect(s.deadlock?.waits.map((w) => [w.rank, w.op, w.from])).toEqual([
      [0, 'bcast', 1],
      [2, 'bcast', 1],
    ]);
  });

  it('a message with the wrong tag in the queue does not count as progress', async () => {
    const s = await run('if (comm.rank === 0) await comm.send(1, 1, 5); else await comm.recv(0, 6);', 2);
    expect(s.status).toBe('deadlock');
  });

  it('no false alarm: a slow sender while the receiver waits', async () => {
    const s = await run(async (comm, { sleep }) => {
      if (comm.rank === 0) return comm.recv(1, 0);
      await sleep(200);
      await comm.send('late', 0, 0);
      return null;
    }, 2);
    expect(s.status).toBe('ok');
    expect(s.returns[0]).toBe('late');
  });

  it('no false alarm in a ring of 7 ranks with ANY_SOURCE receives', async () => {
    const s = await run(
      `let token = 0;
       for (let round = 0; round < 5; round++) {
         if (comm.rank === 0) { await comm.send(token + 1, 1 % comm.size, 0); token = await comm.recv(MPI.ANY_SOURCE, 0); }
         else { token = await comm.recv(MPI.ANY_SOURCE, 0); await comm.send(token + 1, (comm.rank + 1) % comm.size, 0); }
       }
       return token;`,
      7,
    );
    expect(s.status).toBe('ok');
    expect(s.returns[0]).toBe(35);
  });
});

describe('more of the API', () => {
  it('sendrecv swaps values between partners in a ring of 5', async () => {
    const s = await run('const right = (comm.rank + 1) % comm.size, left = (comm.rank + comm.size - 1) % comm.size;\nreturn comm.sendrecv(comm.rank, { dest: right, source: left });', 5);
    expect(s.returns).toEqual([4, 0, 1, 2, 3]);
  });

  it('iprobe sees a waiting message without taking it', async () => {
    const s = await run(async (comm, { sleep }) => {
      if (comm.rank === 1) return comm.send('x', 0, 4);
      while (!comm.iprobe(1, 4)) await sleep(1);
      return [comm.iprobe(1, 5), comm.iprobe(1, 4), await comm.recv(1, 4), comm.iprobe(1, 4)];
    }, 2);
    expect(s.status).toBe('ok');
    expect(s.returns[0]).toEqual([false, true, 'x', false]);
  });

  it('a payload that cannot be cloned becomes an error of that rank', async () => {
    const s = await run('if (comm.rank === 1) await comm.send(() => 1, 0);', 2);
    expect(s.status).toBe('error');
    expect(s.error?.rank).toBe(1);
    expect(s.error?.message).toMatch(/DataCloneError|could not be cloned/);
  });

  it('a built-in function can be sent as source text (functionToSource)', async () => {
    const { functionToSource } = await import('./program.ts');
    const program = async (comm: import('./comm.ts').Comm, env: import('./program.ts').ProgramEnv) => {
      const total = await comm.allreduce(comm.rank, env.MPI.SUM);
      env.print(`rank ${comm.rank} sees ${String(total)}`);
      return total;
    };
    const s = await run(functionToSource(program as never), 3);
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.returns).toEqual([3, 3, 3]);
  });
});

describe('closer to mpi4py (issue 17, defect 5)', () => {
  it('MPI.PROC_NULL: a send does nothing, a receive gives undefined at once with status source PROC_NULL', async () => {
    const s = await run(
      `const left = comm.rank > 0 ? comm.rank - 1 : MPI.PROC_NULL;
       const right = comm.rank < comm.size - 1 ? comm.rank + 1 : MPI.PROC_NULL;
       await comm.send(comm.rank, right, 3);
       const st = new MPI.Status();
       const got = await comm.recv(left, 3, st);
       const req = comm.irecv(MPI.PROC_NULL);
       const swapped = await comm.sendrecv('x', { dest: MPI.PROC_NULL, source: MPI.PROC_NULL });
       return [got === undefined ? 'undefined' : got, st.Get_source(), st.Get_tag(), req.test(), comm.iprobe(MPI.PROC_NULL), swapped === undefined];`,
      3,
    );
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.returns[0]).toEqual(['undefined', -2, -1, [true, undefined], true, true]);
    expect(s.returns[1]).toEqual([0, 0, 3, [true, undefined], true, true]);
    expect(s.returns[2]).toEqual([1, 1, 3, [true, undefined], true, true]);
    expect(s.trace.messages).toHaveLength(2); // nothing travels to or from PROC_NULL
  });

  it('an undefined source or destination is an error, not "any source"; a source left out still is', async () => {
    const cases: [string, RegExp][] = [
      ['await comm.recv(undefined, 0);', /recv: source is undefined: pass a rank in \[0, 2\), MPI.PROC_NULL or MPI.ANY_SOURCE/],
      ['await comm.recv({ source: undefined });', /recv: source is undefined/],
      ['comm.irecv(undefined);', /irecv: source is undefined/],
      ['comm.iprobe(undefined, 0);', /iprobe: source is undefined/],
      ['let partner; await comm.send(1, partner);', /send: dest is undefined: pass a rank in \[0, 2\) or MPI.PROC_NULL|send: dest is undefined: pass a rank in \[0, 2\), MPI.PROC_NULL/],
      ['await comm.sendrecv(1, { dest: 1 - comm.rank, source: undefined });', /sendrecv: source is undefined/],
    ];
    for (const [src, message] of cases) {
      const s = await run(src, 2);
      expect(s.status, src).toBe('error');
      expect(s.error?.message, src).toMatch(/^TypeError: /);
      expect(s.error?.message, src).toMatch(message);
    }
    const ok = await run('if (comm.rank === 1) await comm.send("hi", 0, 4); else { const st = new MPI.Status(); const v = await comm.recv({ tag: 4, status: st }); return [v, st.source, await (async () => { await comm.send(5, 0, 1); return comm.recv(); })()]; }', 2);
    expect(ok.status, ok.error?.message).toBe('ok');
    expect(ok.returns[0]).toEqual(['hi', 1, 5]);
  });

  it('tags: 0 and 2^31 - 1 are accepted; 2^31, -2 and 1.5 are refused as mpi4py raises MPI_ERR_TAG; ANY_TAG only for receives', async () => {
    const ok = await run('if (comm.rank === 0) { await comm.send("a", 1, 0); await comm.send("b", 1, 2 ** 31 - 1); } else return [await comm.recv(0, 0), await comm.recv(0, 2 ** 31 - 1)];', 2);
    expect(ok.returns[1]).toEqual(['a', 'b']);
    for (const src of ['await comm.send(1, 0, 2 ** 31);', 'await comm.send(1, 0, -2);', 'await comm.send(1, 0, MPI.ANY_TAG);', 'await comm.recv(0, 2 ** 31);', 'comm.irecv(0, 1.5);', 'comm.iprobe(0, -7);']) {
      const s = await run(src, 1);
      expect(s.status, src).toBe('error');
      expect(s.error?.message, src).toMatch(/^RangeError: .*invalid tag .*from 0 to 2\^31 - 1 = 2147483647.*MPI_ERR_TAG: invalid tag/);
    }
  });

  it('a request hands its value out once: test() after wait(), a second wait(), wait() after a successful test()', async () => {
    const s = await run(async (comm, { sleep }) => {
      if (comm.rank === 1) {
        await comm.send('first', 0, 1);
        await comm.send('second', 0, 2);
        return null;
      }
      const a = comm.irecv(1, 1);
      const va = await a.wait();
      const b = comm.irecv(1, 2);
      while (!b.test()[0]) await sleep(1);
      return [va, a.test(), await a.wait(), b.test(), await b.wait()];
    }, 2);
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.returns[0]).toEqual(['first', [true, undefined], undefined, [true, undefined], undefined]);
  });
});

describe('reduction order (issue 17, defect 2)', () => {
  const integral = (n: number, order?: string) => `const n = ${n}; const { begin, end } = kernels.blockRows(n, comm.size, comm.rank);
      const part = kernels.integrate2dRows(n, begin, end);
      return comm.reduce(part, { op: MPI.SUM, root: 0${order ? `, order: '${order}'` : ''} });`;

  it('n = 1000 on 4 ranks: rank order -6.505907e-14, mpi4py\'s tree -6.528111e-14', async () => {
    const rank = await run(integral(1000, 'rank'), 4);
    const tree = await run(integral(1000, 'tree'), 4);
    const byDefault = await run(integral(1000), 4);
    expect((rank.returns[0] as number).toExponential(6)).toBe('-6.505907e-14');
    expect((tree.returns[0] as number).toExponential(6)).toBe('-6.528111e-14');
    expect(byDefault.returns[0]).toBe(rank.returns[0]);
    const runTree = await runInProcess({ program: integral(1000), size: 4, deadlockGraceMs: 30, reduceOrder: 'tree' });
    expect(runTree.returns[0]).toBe(tree.returns[0]);
  });

  it('a non-commutative operation combines in the chosen order, with any root, in reduce and allreduce', async () => {
    const src = `const op = (a, b) => '(' + a + b + ')';
      const me = 'abcdefg'[comm.rank];
      return [await comm.reduce(me, { op, root: 0, order: 'rank' }), await comm.reduce(me, { op, root: comm.size - 1, order: 'tree' }),
              await comm.allreduce(me, { op, order: 'tree' }), await comm.allreduce(me, op)];`;
    const s = await run(src, 7);
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.returns[0]).toEqual(['((((((ab)c)d)e)f)g)', undefined, '(((ab)(cd))((ef)g))', '((((((ab)c)d)e)f)g)']);
    expect(s.returns[6]).toEqual([undefined, '(((ab)(cd))((ef)g))', '(((ab)(cd))((ef)g))', '((((((ab)c)d)e)f)g)']);
    const bad = await run("await comm.reduce(1, { op: MPI.SUM, order: 'random' });", 2);
    expect(bad.error?.message).toMatch(/order must be 'rank' or 'tree', got 'random'/);
  });
});

describe('transport: shared mailboxes with the ports beside them (issue 17, defect 1)', () => {
  it('runs on shared mailboxes by default in Node, and on ports when asked', async () => {
    expect((await run('', 2)).transport).toBe('shared');
    expect((await runInProcess({ program: '', size: 2, transport: 'ports' })).transport).toBe('ports');
    await expect(runInProcess({ program: '', size: 2, transport: 'fast' as never })).rejects.toThrow(/transport must be 'auto', 'shared' or 'ports'/);
  });

  it('keeps send order when a message takes the port (transferred, over 256 KiB) and the next one the mailbox', async () => {
    const s = await run(async (comm) => {
      if (comm.rank === 1) {
        await comm.send(new Float64Array([1, 2]), { dest: 0, tag: 1, transfer: true }); // port
        await comm.send('small', 0, 2); // mailbox
        await comm.send(new Float64Array(40_000), 0, 3); // 320 kB: port
        await comm.send({ last: true }, 0, 4); // mailbox
        return null;
      }
      const tags: number[] = [];
      for (let i = 0; i < 4; i++) {
        const st = new Status();
        await comm.recv(1, -1, st);
        tags.push(st.tag);
      }
      return tags;
    }, 2);
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.returns[0]).toEqual([1, 2, 3, 4]);
  });

  it('a full mailbox sends the rest by port, in order: 24 messages of 100 KiB to a rank that is busy', async () => {
    const s = await run(async (comm, { sleep }) => {
      const n = 12_800; // doubles: 100 KiB
      if (comm.rank === 1) {
        for (let i = 0; i < 24; i++) await comm.send(new Float64Array(n).fill(i), 0, 0);
        return null;
      }
      await sleep(50); // let the mailbox (1 MiB) fill up before anything is read
      const firsts: number[] = [];
      for (let i = 0; i < 24; i++) firsts.push(((await comm.recv(1, 0)) as Float64Array)[n - 1]!);
      return firsts;
    }, 2);
    expect(s.status, s.error?.message).toBe('ok');
    expect(s.returns[0]).toEqual(Array.from({ length: 24 }, (_, i) => i));
  });
});
