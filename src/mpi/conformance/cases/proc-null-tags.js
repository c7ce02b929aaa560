// MPI.PROC_NULL and tag limits (issue 17, defect 5). A send to PROC_NULL does nothing; a receive
// from it gives None at once with status source PROC_NULL and tag ANY_TAG; iprobe on it is True.
// Tags run from 0 to 2^31 - 1 (Open MPI's MPI_TAG_UB): 2^31 - 1 works, 2^31 and -5 are refused.
/* global comm, MPI, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank();
const py = (v) => (v === undefined ? 'None' : v === true ? 'True' : v === false ? 'False' : String(v));

await comm.send('lost', MPI.PROC_NULL, 1);
const st = new MPI.Status();
const got = await comm.recv(MPI.PROC_NULL, 1, st);
print(`recv from PROC_NULL: ${py(got)}, source ${st.Get_source()}, tag ${st.Get_tag()}`);
print(`irecv from PROC_NULL: ${py(await comm.irecv(MPI.PROC_NULL).wait())}, iprobe: ${py(comm.iprobe(MPI.PROC_NULL))}`);

await comm.send(`top tag from ${rank}`, rank, 2 ** 31 - 1);
print(`tag 2**31 - 1: ${await comm.recv(rank, 2 ** 31 - 1)}`);
for (const tag of [2 ** 31, -5]) {
  try {
    await comm.send('never', rank, tag);
    print(`tag ${tag}: accepted`);
  } catch {
    print(`tag ${tag}: refused`);
  }
}
print(`nothing left over: ${py(!comm.iprobe(MPI.ANY_SOURCE, MPI.ANY_TAG))}`);
