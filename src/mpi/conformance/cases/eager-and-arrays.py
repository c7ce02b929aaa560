# Where lesson 08's "where this is not MPI" says the two agree (issue 17, defect 6): two ranks
# that both send 800 bytes before receiving do not hang (Open MPI buffers small messages; this
# runtime buffers every message), and MPI.SUM and MPI.PROD add and multiply NumPy arrays element
# by element, as they do typed arrays here. (A 1 MiB exchange would hang under Open MPI, Python
# lists would be joined, and mpi4py's MPI.MAX on NumPy arrays raises "The truth value of an array
# ... is ambiguous": those are differences, not compared here.)
import numpy as np
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

partner = rank ^ 1 if rank ^ 1 < size else rank
comm.send(bytes([rank]) * 800, dest=partner, tag=8)
got = comm.recv(source=partner, tag=8)
print(f"both sent first: received {len(got)} bytes of {got[0]}")

total = comm.allreduce(np.array([1, rank, rank * rank], dtype=np.int32), op=MPI.SUM)
product = comm.reduce(np.array([rank + 1, 2], dtype=np.int32), op=MPI.PROD, root=0)
print(f"allreduce SUM of arrays: {total.tolist()}")
if rank == 0:
    print(f"reduce PROD of arrays: {product.tolist()}")
