# barrier: rank r arrives r x 30 ms late, and no rank leaves before the last one has arrived
# (checked on rank 0 from everyone's arrival and departure times); then a second barrier.
import time
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

time.sleep(0.03 * rank)
arrived = time.time()
comm.Barrier()
left = time.time()
times = comm.gather((arrived, left), root=0)
if rank == 0:
    last_arrival = max(a for a, _ in times)
    print(f"every rank left after the last arrival: {all(t >= last_arrival for _, t in times)}")
comm.barrier()
print("passed the second barrier")
