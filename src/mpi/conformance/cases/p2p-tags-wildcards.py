# send/recv with tags and wildcards. Every rank sends two tagged messages to its right-hand
# neighbour, receives the second one first (tag 2, from any source), then the first one (from its
# left-hand neighbour, any tag); rank 0 then collects one message from every rank with
# ANY_SOURCE and ANY_TAG and reports each status.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
right, left = (rank + 1) % size, (rank - 1) % size

comm.send(f"first from {rank}", dest=right, tag=1)
comm.send(f"second from {rank}", dest=right, tag=2)
second = comm.recv(source=MPI.ANY_SOURCE, tag=2)  # skips the earlier message with tag 1
status = MPI.Status()
first = comm.recv(source=left, tag=MPI.ANY_TAG, status=status)
print(f"tag 2 from any source: {second}")
print(f"any tag from {left}: {first} (source {status.Get_source()}, tag {status.Get_tag()})")

comm.send(rank * rank, dest=0, tag=10 + rank)
if rank == 0:
    got = []
    for _ in range(size):
        st = MPI.Status()
        value = comm.recv(source=MPI.ANY_SOURCE, tag=MPI.ANY_TAG, status=st)
        got.append((st.Get_source(), st.Get_tag(), value))
    for source, tag, value in sorted(got):
        print(f"from {source} with tag {tag}: {value}")
