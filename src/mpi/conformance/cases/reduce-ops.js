// reduce and allreduce with each predefined operation (SUM, PROD, MAX, MIN) at root 0 and at the
// last rank, and with a function of two arguments (the longer of two words).
/* global comm, MPI, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const dumps = (x) => JSON.stringify(x ?? null);

const x = ((rank * 7) % 5) + 1;
for (const name of ['SUM', 'PROD', 'MAX', 'MIN']) {
  for (const root of [...new Set([0, size - 1])]) {
    print(`reduce ${name} at root ${root}: ${dumps(await comm.reduce(x, { op: MPI[name], root }))}`);
  }
  print(`allreduce ${name}: ${await comm.allreduce(x, MPI[name])}`);
}
const longer = (a, b) => (a.length >= b.length ? a : b);
print(`reduce longer at root ${size - 1}: ${dumps(await comm.reduce('w' + 'o'.repeat(rank) + 'rd', { op: longer, root: size - 1, order: 'tree' }))}`);
print(`allreduce longer: ${await comm.allreduce('w' + 'o'.repeat((rank * 3) % size) + 'rd', { op: longer, order: 'tree' })}`);
