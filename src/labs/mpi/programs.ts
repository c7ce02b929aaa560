/**
 * The lesson's rank programs, as source text a learner can edit in the lab. Each is the body of an
 * async function run on every rank with `comm`, `MPI`, `kernels`, `print` in scope (see
 * src/mpi/program.ts). They follow the examples of the source courses (ENCCS HPDA, Aalto,
 * HPC2N et al.), written anew for the browser.
 *
 * Pure data: any thread.
 */

/** One program of the lesson. */
export interface LessonProgram {
  title: string;
  /** Ranks selected when the lab opens. */
  ranks: number;
  source: string;
}

const hello = `// Every rank runs this same code; only comm.rank differs.
const rank = comm.Get_rank();
const size = comm.Get_size();
print(\`Hello from rank \${rank} of \${size}\`);
`;

const sendRecv = `// Ranks 1..p-1 each send one greeting; rank 0 collects them in rank order.
if (comm.rank === 0) {
  for (let sender = 1; sender < comm.size; sender++) {
    const text = await comm.recv(sender, 0);   // source, tag
    print(text);
  }
} else {
  await comm.send(\`greetings from rank \${comm.rank}\`, 0, 0);   // obj, dest, tag
}
`;

const transfer = `// Move 8 MB from rank 0 to rank 1, alternately copied and transferred (3 rounds each).
const n = 1 << 20;                                   // 1,048,576 doubles = 8 MB
const now = () => performance.timeOrigin + performance.now();   // a clock all ranks share
const rounds = [false, true, false, true, false, true];          // transfer?
if (comm.rank === 0) {
  for (const transfer of rounds) {
    const data = new Float64Array(n).fill(1);
    await comm.send({ data, sentAt: now() }, { dest: 1, tag: transfer ? 2 : 1, transfer });
    print(\`\${transfer ? 'transferred' : 'copied     '}: rank 0 still holds \${data.length} doubles\`);
    await comm.recv(1, 0);                           // wait for rank 1 before the next round
  }
} else if (comm.rank === 1) {
  for (let round = 0; round < rounds.length; round++) {
    const status = new MPI.Status();
    const { data, sentAt } = await comm.recv({ source: 0, status });
    const ms = now() - sentAt;
    print(\`\${status.tag === 2 ? 'transferred' : 'copied     '}: \${data.length} doubles arrived after \${ms.toFixed(1)} ms\`);
    await comm.send('next', 0, 0);
  }
}
`;

const isendIrecv = `// Non-blocking: post every receive first, then wait for all of them.
if (comm.rank === 0) {
  const requests = [];
  for (let sender = 1; sender < comm.size; sender++) {
    requests.push(comm.irecv(sender, 0));
  }
  const [done] = requests[0]?.test() ?? [true];
  print(\`first request complete right after posting? \${done}\`);
  const texts = await MPI.Request.waitall(requests);
  for (const text of texts) print(text);
} else {
  const req = comm.isend(\`greetings from rank \${comm.rank}\`, 0, 0);
  await req.wait();
}
`;

const overlap = `// Overlap: rank 0 posts its receives, then computes its own rows in slices and, between
// slices, tests whether the other ranks' partial integrals have arrived. No await in the loop.
const n = 2000;
const { begin, end } = kernels.blockRows(n, comm.size, comm.rank);
if (comm.rank === 0) {
  const requests = [];
  for (let r = 1; r < comm.size; r++) requests.push(comm.irecv(r, 0));
  const parts = [0];
  let row = begin, slices = 0, received = 0;
  while (received < requests.length || row < end) {
    if (row < end) {                                   // one slice of work: 10 rows
      const stop = Math.min(row + 10, end);
      parts[0] += kernels.integrate2dRows(n, row, stop);
      row = stop;
      slices++;
    }
    requests.forEach((req, i) => {
      if (parts[i + 1] !== undefined) return;
      const [done, part] = req.test();                 // never waits
      if (done) {
        parts[i + 1] = part;
        received++;
        print(\`rank \${i + 1}'s part arrived during slice \${slices}\`);
      }
    });
  }
  const integral = kernels.combineInRankOrder(parts);   // the parts in rank order, as sum() adds them
  print(\`Integral value is \${integral.toExponential(6)}\`);
  print(\`rank 0 received \${received} partial integrals while computing \${slices} slices of its own\`);
} else {
  await comm.send(kernels.integrate2dRows(n, begin, end), 0, 0);
}
`;

const bcast = `// Rank 0 owns a value; bcast hands a copy to every rank.
const settings = comm.rank === 0 ? { grid: 10000, method: 'midpoint' } : null;
const got = await comm.bcast(settings, 0);   // obj, root
print(\`rank \${comm.rank} now has\`, got);
`;

const scatter = `// Rank 0 prepares one item per rank; scatter gives item i to rank i.
let pieces = null;
if (comm.rank === 0) {
  pieces = Array.from({ length: comm.size }, (_, i) => \`work item \${i} of \${comm.size}\`);
}
const mine = await comm.scatter(pieces, 0);
print(\`rank \${comm.rank} got: \${mine}\`);
`;

const gather = `// Every rank contributes one value; rank 0 receives them as an array in rank order.
const mine = \`rank \${comm.rank} reporting\`;
const all = await comm.gather(mine, 0);
if (comm.rank === 0) {
  all.forEach((text, r) => print(\`[\${r}] \${text}\`));
} else {
  print('gather returned', all);   // undefined everywhere but the root
}
`;

const allreduceBarrier = `// allreduce: every rank gets the combined value, here the largest number any rank holds.
const mine = Array.from({ length: 5 }, (_, i) => (comm.rank * 37 + i * 11) % 50);
const localMax = Math.max(...mine);
const globalMax = await comm.allreduce(localMax, MPI.MAX);
print(\`local max \${localMax}, global max \${globalMax}\`);

// barrier: rank r arrives r x 100 ms late, but nobody leaves before the last one arrives.
await sleep(comm.rank * 100);
const arrived = performance.now();
await comm.barrier();
print(\`waited \${(performance.now() - arrived).toFixed(0)} ms at the barrier\`);
`;

const reduce = `// The course's 2D integral: each rank sums its block of rows, reduce adds the parts on rank 0.
// The order of the additions shows in the last digits: on 7 ranks, rank order prints
// 6.042944e-13 and mpi4py's tree order 6.039613e-13 (try the Reduction order setting).
const n = 10000;                       // grid points per axis
const t0 = performance.now();
const { begin, end } = kernels.blockRows(n, comm.size, comm.rank);
const part = kernels.integrate2dRows(n, begin, end);
print(\`rows [\${begin}, \${end}): partial integral \${part.toExponential(6)}\`);
const integral = await comm.reduce(part, { op: MPI.SUM, root: 0 });
const seconds = (performance.now() - t0) / 1000;
if (comm.rank === 0) {
  print(\`Integral value is \${integral.toExponential(6)}, error is \${Math.abs(integral).toExponential(6)}\`);
  print(\`Time spent: \${seconds.toFixed(2)} s\`);
}
`;

const piGather = `// Monte Carlo pi: each rank throws its share of the darts, gather collects the counts.
const totalDarts = 30_000_000;
const myDarts = kernels.splitDarts(totalDarts, comm.size)[comm.rank];
const t0 = performance.now();
const { inside } = kernels.samplePi(myDarts, 2024, comm.rank);   // seed, stream = rank
const seconds = (performance.now() - t0) / 1000;
print(\`before gather: rank \${comm.rank}, inside: \${inside}\`);
const counts = await comm.gather(inside, 0);
print(\`after gather: rank \${comm.rank}, inside: \${counts === undefined ? 'undefined' : '[' + counts.join(', ') + ']'}\`);
if (comm.rank === 0) {
  const hits = counts.reduce((a, b) => a + b, 0);
  const estimate = (4 * hits) / totalDarts;
  print(\`darts: \${totalDarts}, estimate: \${estimate}, time on rank 0: \${seconds.toFixed(2)} s\`);
}
`;

const acfCommon = `// Word autocorrelation, simplified from the ENCCS exercise: every rank builds the same
// generated text, takes a block of the word list, and computes one ACF per word.
const timesteps = 100;
const text = kernels.generateText(100_000, 7);
const words = kernels.VOCABULARY.slice(18);          // the content words
const { begin, end } = kernels.blockRows(words.length, comm.size, comm.rank);
const t0 = performance.now();
const myAcfs = words.slice(begin, end).map((w) => kernels.wordAcf(w, text, timesteps));
print(\`rank \${comm.rank}: \${myAcfs.length} words\`);
`;

const acfP2p = `${acfCommon}
// Point-to-point: every rank but 0 sends its list; rank 0 receives from each sender in turn.
if (comm.rank === 0) {
  const lists = [myAcfs];
  for (let sender = 1; sender < comm.size; sender++) {
    lists.push(await comm.recv(sender, 12));
  }
  const total = kernels.sumAcfs(lists.flat(), timesteps);
  const average = total.map((x) => x / words.length);
  print(\`average ACF at lags 0..4: \${Array.from(average.slice(0, 5), (x) => x.toFixed(5)).join(' ')}\`);
  print(\`time on rank 0: \${(performance.now() - t0).toFixed(0)} ms, messages received: \${comm.size - 1}\`);
} else {
  await comm.send(myAcfs, 0, 12);
}
`;

const acfCollective = `${acfCommon}
// Collective: one gather call replaces the loop of receives.
const lists = await comm.gather(myAcfs, 0);
if (comm.rank === 0) {
  const total = kernels.sumAcfs(lists.flat(), timesteps);
  const average = total.map((x) => x / words.length);
  print(\`average ACF at lags 0..4: \${Array.from(average.slice(0, 5), (x) => x.toFixed(5)).join(' ')}\`);
  print(\`time on rank 0: \${(performance.now() - t0).toFixed(0)} ms\`);
}
`;

const deadlock = `// Both ranks wait to hear from the other before saying anything.
const other = comm.rank === 0 ? 1 : 0;
if (comm.rank < 2) {
  const heard = await comm.recv(other, 0);   // blocks forever: nobody has sent yet
  await comm.send(\`reply from rank \${comm.rank}\`, other, 0);
  print(heard);
}
`;

const deadlockFixed = `// Break the cycle: rank 0 speaks first, rank 1 listens first.
const other = comm.rank === 0 ? 1 : 0;
if (comm.rank === 0) {
  await comm.send('hello from rank 0', other, 0);
  print(await comm.recv(other, 0));
} else if (comm.rank === 1) {
  print(await comm.recv(other, 0));
  await comm.send('hello back from rank 1', other, 0);
}
`;

/** Every lesson program, by id (the `program` prop of the lab). */
export const LESSON_PROGRAMS = {
  hello: { title: 'Hello world', ranks: 4, source: hello },
  'send-recv': { title: 'send and recv', ranks: 4, source: sendRecv },
  transfer: { title: 'Copy or transfer 8 MB', ranks: 2, source: transfer },
  'isend-irecv': { title: 'isend and irecv', ranks: 4, source: isendIrecv },
  overlap: { title: 'Compute while messages travel: test()', ranks: 4, source: overlap },
  bcast: { title: 'bcast', ranks: 4, source: bcast },
  scatter: { title: 'scatter', ranks: 4, source: scatter },
  gather: { title: 'gather', ranks: 4, source: gather },
  'allreduce-barrier': { title: 'allreduce and barrier', ranks: 4, source: allreduceBarrier },
  'integrate-reduce': { title: '2D integration with reduce', ranks: 4, source: reduce },
  'pi-gather': { title: 'Monte Carlo pi with gather', ranks: 4, source: piGather },
  'acf-p2p': { title: 'Word autocorrelation: point-to-point', ranks: 4, source: acfP2p },
  'acf-gather': { title: 'Word autocorrelation: gather', ranks: 4, source: acfCollective },
  deadlock: { title: 'Deadlock: both ranks receive first', ranks: 2, source: deadlock },
  'deadlock-fixed': { title: 'Deadlock fixed: one rank sends first', ranks: 2, source: deadlockFixed },
} satisfies Record<string, LessonProgram>;

/** Identifier of a lesson program. */
export type ProgramId = keyof typeof LESSON_PROGRAMS;

/** True if `id` names a lesson program. */
export function isProgramId(id: string): id is ProgramId {
  return Object.hasOwn(LESSON_PROGRAMS, id);
}
