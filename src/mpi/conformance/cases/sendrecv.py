# sendrecv: every rank sends to its right-hand neighbour and receives from its left in one call,
# which cannot deadlock whatever the order. Along a chain with MPI.PROC_NULL beyond both ends,
# nothing is sent to or received from the missing neighbour: the end rank receives None with
# status source PROC_NULL (-2) and tag ANY_TAG (-1).
import json
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
right, left = (rank + 1) % size, (rank - 1) % size

got = comm.sendrecv(f"token of {rank}", dest=right, sendtag=5, source=left, recvtag=5)
print(f"ring: {got}")

below = rank - 1 if rank > 0 else MPI.PROC_NULL
above = rank + 1 if rank < size - 1 else MPI.PROC_NULL
st = MPI.Status()
got = comm.sendrecv(rank * 10, dest=above, sendtag=6, source=below, recvtag=6, status=st)
print(f"chain: {json.dumps(got)} from {st.Get_source()} with tag {st.Get_tag()}")
