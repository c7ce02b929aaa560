// iprobe in a polling loop (issue 17, defect 1): rank 0 calls iprobe in a loop that never
// blocks, until the last rank's message has arrived; iprobe does not take the message, a probe
// for another tag finds nothing, and after the receive the message is gone.
/* global comm, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const last = size - 1;
const py = (b) => (b ? 'True' : 'False');

if (rank === last) await comm.send('probe me', 0, 4);
if (rank === 0) {
  while (!comm.iprobe(last, 4)) {
    // poll again: no await in the loop, as in the Python
  }
  print(`iprobe tag 4: True; tag 5: ${py(comm.iprobe(last, 5))}`);
  print(`recv: ${await comm.recv(last, 4)}`);
  print(`iprobe tag 4 again: ${py(comm.iprobe(last, 4))}`);
}
