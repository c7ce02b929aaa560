// Non-overtaking: messages from one sender to one receiver are received in the order they were
// sent, with wildcard receives and mixed tags; a receive for one tag takes that tag's messages in
// their order and leaves the others queued.
/* global comm, MPI, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const py = (list) => `[${list.join(', ')}]`;

for (let i = 0; i < 30; i++) await comm.send(i, 0, i % 3);
if (rank === 0) {
  const seen = Array.from({ length: size }, () => []);
  for (let k = 0; k < 30 * size; k++) {
    const st = new MPI.Status();
    const value = await comm.recv(MPI.ANY_SOURCE, MPI.ANY_TAG, st);
    seen[st.Get_source()].push(value);
  }
  for (let r = 0; r < size; r++) {
    const inOrder = seen[r].length === 30 && seen[r].every((v, i) => v === i);
    print(`from ${r}: ${seen[r].length} messages, in the order sent: ${inOrder ? 'True' : 'False'}`);
  }
}
await comm.barrier();

const last = size - 1;
if (rank === last) {
  for (let i = 0; i < 10; i++) await comm.send(i, 0, 5 + (i % 2));
}
if (rank === 0) {
  const odd = [], even = [];
  for (let k = 0; k < 5; k++) odd.push(await comm.recv(last, 6));
  for (let k = 0; k < 5; k++) even.push(await comm.recv(last, 5));
  print(`tag 6 first: ${py(odd)}, then tag 5: ${py(even)}`);
}
