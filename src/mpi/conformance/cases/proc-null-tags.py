# MPI.PROC_NULL and tag limits (issue 17, defect 5). A send to PROC_NULL does nothing; a receive
# from it gives None at once with status source PROC_NULL and tag ANY_TAG; iprobe on it is True.
# Tags run from 0 to 2^31 - 1 (Open MPI's MPI_TAG_UB): 2^31 - 1 works, 2^31 and -5 are refused.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

comm.send("lost", dest=MPI.PROC_NULL, tag=1)
st = MPI.Status()
got = comm.recv(source=MPI.PROC_NULL, tag=1, status=st)
print(f"recv from PROC_NULL: {got}, source {st.Get_source()}, tag {st.Get_tag()}")
print(f"irecv from PROC_NULL: {comm.irecv(source=MPI.PROC_NULL).wait()}, iprobe: {comm.iprobe(source=MPI.PROC_NULL)}")

comm.send(f"top tag from {rank}", dest=rank, tag=2**31 - 1)
print(f"tag 2**31 - 1: {comm.recv(source=rank, tag=2**31 - 1)}")
for tag in (2**31, -5):
    try:
        comm.send("never", dest=rank, tag=tag)
        print(f"tag {tag}: accepted")
    except (OverflowError, MPI.Exception):
        print(f"tag {tag}: refused")
print(f"nothing left over: {not comm.iprobe(source=MPI.ANY_SOURCE, tag=MPI.ANY_TAG)}")
