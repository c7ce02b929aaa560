# iprobe in a polling loop (issue 17, defect 1): rank 0 calls iprobe in a loop that never
# blocks, until the last rank's message has arrived; iprobe does not take the message, a probe
# for another tag finds nothing, and after the receive the message is gone.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
last = size - 1

if rank == last:
    comm.send("probe me", dest=0, tag=4)
if rank == 0:
    while not comm.iprobe(source=last, tag=4):
        pass  # poll again
    print(f"iprobe tag 4: True; tag 5: {comm.iprobe(source=last, tag=5)}")
    print(f"recv: {comm.recv(source=last, tag=4)}")
    print(f"iprobe tag 4 again: {comm.iprobe(source=last, tag=4)}")
