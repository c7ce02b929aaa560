// Row bounds (issue 17, defect 3): the rows rank k sums. The course's int(n/p*k) to
// int(n/p*(k+1)) loses the last row when n/p*p rounds below n (n = 61 on 7 ranks); the browser's
// blocks (kernels.blockRows) start at int(n/p*k) and end the last rank at n, so every row is
// summed once. floor(k*n/p) is the exact split, shown for comparison. Rank 0 adds up the rows.
/* global comm, MPI, kernels, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();

for (const n of [61, 122, 999, 1000]) {
  const workload = n / size;
  const course = [Math.trunc(workload * rank), Math.trunc(workload * (rank + 1))];
  const { begin, end } = kernels.blockRows(n, size, rank);
  print(`n = ${n}: course [${course[0]}, ${course[1]}), blocks [${begin}, ${end}), floor(k*n/p) ${Math.floor((rank * n) / size)}`);
  const courseRows = await comm.reduce(course[1] - course[0], MPI.SUM, 0);
  const blockRows = await comm.reduce(end - begin, MPI.SUM, 0);
  if (rank === 0) print(`n = ${n}: the course sums ${courseRows} rows, the blocks ${blockRows}`);
}
