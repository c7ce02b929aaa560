# The order of a reduction (issue 17, defect 2): mpi4py's reduce combines along a binomial tree,
# (p0 + p1) + (p2 + p3) on 4 ranks, while adding the gathered parts with sum() is rank order.
# The course's 2D integral with n = 1000 shows the difference in the last digits, and a
# non-commutative operation shows the grouping itself.
import math
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()


def block_sum(n, first, last):
    h = math.pi / n
    s = 0.0
    for i in range(first, last):
        x = h * (i + 0.5)
        for j in range(n):
            s += math.sin(x + h * (j + 0.5))
    return h * h * s


n = 1000
workload = n / size
first = int(workload * rank)
last = n if rank == size - 1 else int(workload * (rank + 1))
part = block_sum(n, first, last)
tree = comm.reduce(part, op=MPI.SUM, root=0)
parts = comm.gather(part, root=0)
grouping = comm.reduce(str(rank), op=lambda a, b: f"({a}+{b})", root=0)
everywhere = comm.allreduce(str(rank), op=lambda a, b: f"({a}+{b})")
if rank == 0:
    print(f"reduce (tree): {tree:.6e}")
    print(f"sum of gather (rank order): {sum(parts):.6e}")
    print(f"grouping: {grouping}")
print(f"allreduce grouping: {everywhere}")
