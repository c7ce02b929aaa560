# isend/irecv/wait/test: every rank passes an object to its right-hand neighbour with isend and
# receives from its left with irecv. wait() gives the received object (None for a send); once a
# request has completed, test() gives (True, None). Then rank 0 posts one irecv per rank and
# waits for all of them with waitall.
import json
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
right, left = (rank + 1) % size, (rank - 1) % size
dumps = lambda x: json.dumps(x, separators=(",", ":"))

rreq = comm.irecv(source=left, tag=3)
sreq = comm.isend({"from": rank, "data": [rank, rank + 0.5]}, dest=right, tag=3)
print(f"irecv wait: {dumps(rreq.wait())}")
print(f"test after wait: {rreq.test()}")
print(f"isend wait: {sreq.wait()}, then test: {sreq.test()}")

pending = [comm.irecv(source=s, tag=4) for s in range(size)] if rank == 0 else []
comm.isend(f"hello from {rank}", dest=0, tag=4).wait()
if rank == 0:
    print(f"waitall: {dumps(MPI.Request.waitall(pending))}")
