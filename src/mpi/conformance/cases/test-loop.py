# Computing while a message travels (issue 17, defect 1): rank 0 posts an irecv from the last
# rank, then works in slices and tests the request between slices, never blocking; the loop
# ends as soon as the message is there. After that, test() gives (True, None).
import json, math
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
last = size - 1

req = comm.irecv(source=last, tag=7) if rank == 0 else None
if rank == last:
    part = sum(math.sin(i) for i in range(100_000))  # the sender computes first
    comm.send({"from": rank, "ok": part == part}, dest=0, tag=7)
if rank == 0:
    done, value = req.test()
    while not done:
        sum(math.sin(i) for i in range(1000))  # one slice of rank 0's own work
        done, value = req.test()
    print(f"received {json.dumps(value, separators=(',', ':'))}")
    print(f"test again: {req.test()}")
