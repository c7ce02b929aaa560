# reduce and allreduce with each predefined operation (SUM, PROD, MAX, MIN) at root 0 and at the
# last rank, and with a function of two arguments (the longer of two words).
import json
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

x = (rank * 7) % 5 + 1
for name, op in (("SUM", MPI.SUM), ("PROD", MPI.PROD), ("MAX", MPI.MAX), ("MIN", MPI.MIN)):
    for root in sorted({0, size - 1}):
        print(f"reduce {name} at root {root}: {json.dumps(comm.reduce(x, op=op, root=root))}")
    print(f"allreduce {name}: {comm.allreduce(x, op=op)}")
longer = lambda a, b: a if len(a) >= len(b) else b
print(f"reduce longer at root {size - 1}: {json.dumps(comm.reduce('w' + 'o' * rank + 'rd', op=longer, root=size - 1))}")
print(f"allreduce longer: {comm.allreduce('w' + 'o' * ((rank * 3) % size) + 'rd', op=longer)}")
