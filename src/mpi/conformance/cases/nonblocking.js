// isend/irecv/wait/test: every rank passes an object to its right-hand neighbour with isend and
// receives from its left with irecv. wait() gives the received object (None for a send); once a
// request has completed, test() gives (True, None). Then rank 0 posts one irecv per rank and
// waits for all of them with waitall.
/* global comm, MPI, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const right = (rank + 1) % size, left = (rank - 1 + size) % size;
const py = (v) => (v === undefined ? 'None' : v === true ? 'True' : v === false ? 'False' : JSON.stringify(v));
const pair = ([done, value]) => `(${py(done)}, ${py(value)})`;

const rreq = comm.irecv(left, 3);
const sreq = comm.isend({ from: rank, data: [rank, rank + 0.5] }, right, 3);
print(`irecv wait: ${py(await rreq.wait())}`);
print(`test after wait: ${pair(rreq.test())}`);
print(`isend wait: ${py(await sreq.wait())}, then test: ${pair(sreq.test())}`);

const pending = [];
if (rank === 0) for (let s = 0; s < size; s++) pending.push(comm.irecv(s, 4));
await comm.isend(`hello from ${rank}`, 0, 4).wait();
if (rank === 0) print(`waitall: ${py(await MPI.Request.waitall(pending))}`);
