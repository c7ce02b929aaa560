// sendrecv: every rank sends to its right-hand neighbour and receives from its left in one call,
// which cannot deadlock whatever the order. Along a chain with MPI.PROC_NULL beyond both ends,
// nothing is sent to or received from the missing neighbour: the end rank receives None with
// status source PROC_NULL (-2) and tag ANY_TAG (-1).
/* global comm, MPI, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const right = (rank + 1) % size, left = (rank - 1 + size) % size;

let got = await comm.sendrecv(`token of ${rank}`, { dest: right, sendtag: 5, source: left, recvtag: 5 });
print(`ring: ${got}`);

const below = rank > 0 ? rank - 1 : MPI.PROC_NULL;
const above = rank < size - 1 ? rank + 1 : MPI.PROC_NULL;
const st = new MPI.Status();
got = await comm.sendrecv(rank * 10, { dest: above, sendtag: 6, source: below, recvtag: 6, status: st });
print(`chain: ${got === undefined ? 'null' : JSON.stringify(got)} from ${st.Get_source()} with tag ${st.Get_tag()}`);
