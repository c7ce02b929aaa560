// send/recv with tags and wildcards. Every rank sends two tagged messages to its right-hand
// neighbour, receives the second one first (tag 2, from any source), then the first one (from its
// left-hand neighbour, any tag); rank 0 then collects one message from every rank with
// ANY_SOURCE and ANY_TAG and reports each status.
/* global comm, MPI, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const right = (rank + 1) % size, left = (rank - 1 + size) % size;

await comm.send(`first from ${rank}`, right, 1);
await comm.send(`second from ${rank}`, right, 2);
const second = await comm.recv(MPI.ANY_SOURCE, 2);   // skips the earlier message with tag 1
const status = new MPI.Status();
const first = await comm.recv(left, MPI.ANY_TAG, status);
print(`tag 2 from any source: ${second}`);
print(`any tag from ${left}: ${first} (source ${status.Get_source()}, tag ${status.Get_tag()})`);

await comm.send(rank * rank, 0, 10 + rank);
if (rank === 0) {
  const got = [];
  for (let i = 0; i < size; i++) {
    const st = new MPI.Status();
    const value = await comm.recv(MPI.ANY_SOURCE, MPI.ANY_TAG, st);
    got.push([st.Get_source(), st.Get_tag(), value]);
  }
  got.sort((a, b) => a[0] - b[0]);
  for (const [source, tag, value] of got) print(`from ${source} with tag ${tag}: ${value}`);
}
