/**
 * The rank program of the lesson's halo exchange, as source text a learner can edit in the halo
 * lab: the 1D heat equation of heat1d.ts split over the ranks in contiguous blocks (the course's
 * `int(n/p*k)` split, src/kernels/decomposition.ts), one ghost cell at each end of a block,
 * refreshed every step with two `sendrecv` calls, and the blocks gathered on rank 0. Every rank
 * returns its block ({@link HaloPiece}), so the page can compare the rod with the serial stencil.
 * The lesson's mpi4py program `halo_mpi.py` does the same steps in the same order.
 *
 * Pure data: any thread.
 */
import type { HaloPiece } from './heat1d.ts';

export type { HaloPiece };

/** The halo-exchange program (body of an async function with `comm`, `MPI`, `kernels`, `print` in scope). */
export const HALO_PROGRAM = `// The 1D heat equation on a rod of n cells, split over the ranks in blocks.
// A rank keeps its m cells in u[1..m] and one ghost cell at each end, u[0] and u[m + 1]:
// copies of the neighbours' edge cells (the halo), refreshed before every step.
const n = 60, steps = 200, r = 0.25;          // cells, time steps, alpha dt / dx^2
const { begin, end } = kernels.blockRows(n, comm.size, comm.rank);
const m = end - begin;
const left = comm.rank > 0 ? comm.rank - 1 : MPI.PROC_NULL;   // no neighbour: PROC_NULL
const right = comm.rank < comm.size - 1 ? comm.rank + 1 : MPI.PROC_NULL;
let u = new Float64Array(m + 2), next = new Float64Array(m + 2);
for (let i = 1; i <= m; i++) {
  const cell = begin + i - 1;
  u[i] = 3 * cell >= n && 3 * cell < 2 * n ? 100 : 0;   // the middle third starts at 100 degrees
}
for (let step = 0; step < steps; step++) {
  // My first cell goes left while my right ghost comes from the right; then the mirror image.
  // From PROC_NULL nothing arrives (undefined): the rod's ends are held at 0 degrees.
  u[m + 1] = (await comm.sendrecv(u[1], { dest: left, source: right })) ?? 0;
  u[0] = (await comm.sendrecv(u[m], { dest: right, source: left })) ?? 0;
  for (let i = 1; i <= m; i++) next[i] = u[i] + r * (u[i - 1] - 2 * u[i] + u[i + 1]);
  [u, next] = [next, u];
}
const mine = Array.from(u.subarray(1, m + 1));
const rod = await comm.gather(mine, 0);
if (comm.rank === 0) {
  const all = rod.flat();
  const hottest = all.reduce((best, t, i) => (t > all[best] ? i : best), 0);
  const total = all.reduce((sum, t) => sum + t, 0);
  print(\`after \${steps} steps: hottest cell \${hottest} at \${all[hottest].toFixed(6)} degrees, total \${total.toFixed(6)}\`);
}
print(\`rank \${comm.rank}: cells [\${begin}, \${end}), \${2 * steps} sendrecv calls\`);
return { n, steps, first: begin, u: mine };
`;

