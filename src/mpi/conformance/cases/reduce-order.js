// The order of a reduction (issue 17, defect 2): mpi4py's reduce combines along a binomial tree,
// (p0 + p1) + (p2 + p3) on 4 ranks, while adding the gathered parts with sum() is rank order.
// The course's 2D integral with n = 1000 shows the difference in the last digits, and a
// non-commutative operation shows the grouping itself.
/* global comm, MPI, kernels, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const e6 = (x) => x.toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');   // Python's {:.6e}

const n = 1000;
const { begin, end } = kernels.blockRows(n, size, rank);
const part = kernels.integrate2dRows(n, begin, end);
const tree = await comm.reduce(part, { op: MPI.SUM, root: 0, order: 'tree' });
const byRank = await comm.reduce(part, { op: MPI.SUM, root: 0, order: 'rank' });
const join = (a, b) => `(${a}+${b})`;
const grouping = await comm.reduce(String(rank), { op: join, root: 0, order: 'tree' });
const everywhere = await comm.allreduce(String(rank), { op: join, order: 'tree' });
if (rank === 0) {
  print(`reduce (tree): ${e6(tree)}`);
  print(`sum of gather (rank order): ${e6(byRank)}`);
  print(`grouping: ${grouping}`);
}
print(`allreduce grouping: ${everywhere}`);
