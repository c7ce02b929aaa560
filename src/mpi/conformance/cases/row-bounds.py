# Row bounds (issue 17, defect 3): the rows rank k sums. The course's int(n/p*k) to
# int(n/p*(k+1)) loses the last row when n/p*p rounds below n (n = 61 on 7 ranks); the browser's
# blocks (kernels.blockRows) start at int(n/p*k) and end the last rank at n, so every row is
# summed once. floor(k*n/p) is the exact split, shown for comparison. Rank 0 adds up the rows.
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

for n in (61, 122, 999, 1000):
    workload = n / size
    course = (int(workload * rank), int(workload * (rank + 1)))
    block = (int(workload * rank), n if rank == size - 1 else int(workload * (rank + 1)))
    print(f"n = {n}: course [{course[0]}, {course[1]}), blocks [{block[0]}, {block[1]}), floor(k*n/p) {rank * n // size}")
    course_rows = comm.reduce(course[1] - course[0], op=MPI.SUM, root=0)
    block_rows = comm.reduce(block[1] - block[0], op=MPI.SUM, root=0)
    if rank == 0:
        print(f"n = {n}: the course sums {course_rows} rows, the blocks {block_rows}")
