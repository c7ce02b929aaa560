# Non-overtaking: messages from one sender to one receiver are received in the order they were
# sent, with wildcard receives and mixed tags; a receive for one tag takes that tag's messages in
# their order and leaves the others queued.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

for i in range(30):
    comm.send(i, dest=0, tag=i % 3)
if rank == 0:
    seen = {r: [] for r in range(size)}
    for _ in range(30 * size):
        st = MPI.Status()
        value = comm.recv(source=MPI.ANY_SOURCE, tag=MPI.ANY_TAG, status=st)
        seen[st.Get_source()].append(value)
    for r in range(size):
        print(f"from {r}: {len(seen[r])} messages, in the order sent: {seen[r] == list(range(30))}")
comm.Barrier()

last = size - 1
if rank == last:
    for i in range(10):
        comm.send(i, dest=0, tag=5 + i % 2)
if rank == 0:
    odd = [comm.recv(source=last, tag=6) for _ in range(5)]
    even = [comm.recv(source=last, tag=5) for _ in range(5)]
    print(f"tag 6 first: {odd}, then tag 5: {even}")
