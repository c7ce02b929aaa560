// Where lesson 08's "where this is not MPI" says the two agree (issue 17, defect 6): two ranks
// that both send 800 bytes before receiving do not hang (Open MPI buffers small messages; this
// runtime buffers every message), and MPI.SUM and MPI.PROD add and multiply NumPy arrays element
// by element, as they do typed arrays here. (A 1 MiB exchange would hang under Open MPI, Python
// lists would be joined, and mpi4py's MPI.MAX on NumPy arrays raises "The truth value of an array
// ... is ambiguous": those are differences, not compared here.)
/* global comm, MPI, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const list = (a) => `[${Array.from(a).join(', ')}]`;

const partner = (rank ^ 1) < size ? rank ^ 1 : rank;
await comm.send(new Uint8Array(800).fill(rank), partner, 8);
const got = await comm.recv(partner, 8);
print(`both sent first: received ${got.length} bytes of ${got[0]}`);

const total = await comm.allreduce(new Int32Array([1, rank, rank * rank]), MPI.SUM);
const product = await comm.reduce(new Int32Array([rank + 1, 2]), MPI.PROD, 0);
print(`allreduce SUM of arrays: ${list(total)}`);
if (rank === 0) print(`reduce PROD of arrays: ${list(product)}`);
