// Computing while a message travels (issue 17, defect 1): rank 0 posts an irecv from the last
// rank, then works in slices and tests the request between slices, never blocking; the loop
// ends as soon as the message is there. After that, test() gives (True, None).
/* global comm, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const last = size - 1;
const sines = (count) => {
  let s = 0;
  for (let i = 0; i < count; i++) s += Math.sin(i);
  return s;
};

const req = rank === 0 ? comm.irecv(last, 7) : null;
if (rank === last) {
  const part = sines(100_000);   // the sender computes first
  await comm.send({ from: rank, ok: part === part }, 0, 7);
}
if (rank === 0) {
  let [done, value] = req.test();
  while (!done) {                // no await in the loop, as in the Python
    sines(1000);                 // one slice of rank 0's own work
    [done, value] = req.test();
  }
  print(`received ${JSON.stringify(value)}`);
  const [again, nothing] = req.test();
  print(`test again: (${again ? 'True' : 'False'}, ${nothing === undefined ? 'None' : nothing})`);
}
