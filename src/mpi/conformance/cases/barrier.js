// barrier: rank r arrives r x 30 ms late, and no rank leaves before the last one has arrived
// (checked on rank 0 from everyone's arrival and departure times); then a second barrier.
/* global comm, print, sleep, performance -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank();
const now = () => performance.timeOrigin + performance.now();   // one clock for all ranks

await sleep(30 * rank);
const arrived = now();
await comm.Barrier();
const left = now();
const times = await comm.gather([arrived, left], 0);
if (rank === 0) {
  const lastArrival = Math.max(...times.map(([a]) => a));
  print(`every rank left after the last arrival: ${times.every(([, t]) => t >= lastArrival) ? 'True' : 'False'}`);
}
await comm.barrier();
print('passed the second barrier');
