# bcast, scatter and gather from every root in turn (non-zero roots included): bcast hands the
# root's object to all, scatter gives item i of the root's list to rank i, gather returns the
# list in rank order on the root and None elsewhere.
import json
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
dumps = lambda x: json.dumps(x, separators=(",", ":"))

for root in range(size):
    obj = {"root": root, "items": list(range(root + 1))} if rank == root else None
    got = comm.bcast(obj, root=root)
    items = [f"piece {i} from {root}" for i in range(size)] if rank == root else None
    piece = comm.scatter(items, root=root)
    gathered = comm.gather(f"{rank}:{piece}", root=root)
    print(f"root {root}: bcast {dumps(got)}; scatter {piece}; gather {dumps(gathered)}")
