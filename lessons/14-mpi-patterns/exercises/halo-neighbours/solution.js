// The heat rod of the lesson, split over the ranks: a model solution.

function neighbours(comm) {
  const left = comm.rank > 0 ? comm.rank - 1 : MPI.PROC_NULL;
  const right = comm.rank < comm.size - 1 ? comm.rank + 1 : MPI.PROC_NULL;
  return { left, right };
}

// u[1..m] are this rank's cells, u[0] and u[m + 1] its ghost cells.
async function exchangeHalos(comm, u, m) {
  const { left, right } = neighbours(comm);
  // My first cell goes left while my right ghost comes from the right ...
  u[m + 1] = (await comm.sendrecv(u[1], { dest: left, source: right })) ?? 0;
  // ... then the mirror image.
  u[0] = (await comm.sendrecv(u[m], { dest: right, source: left })) ?? 0;
}

// n cells, steps time steps; returns this rank's block of the rod.
async function heat(comm, n, steps) {
  const { begin, end } = kernels.blockRows(n, comm.size, comm.rank);
  const m = end - begin;
  let u = new Float64Array(m + 2), next = new Float64Array(m + 2);
  for (let i = 1; i <= m; i++) u[i] = 3 * (begin + i - 1) >= n && 3 * (begin + i - 1) < 2 * n ? 100 : 0;
  for (let step = 0; step < steps; step++) {
    await exchangeHalos(comm, u, m);
    for (let i = 1; i <= m; i++) next[i] = u[i] + 0.25 * (u[i - 1] - 2 * u[i] + u[i + 1]);
    [u, next] = [next, u];
  }
  return { first: begin, u: Array.from(u.subarray(1, m + 1)) };
}

async function rankMain(comm) {
  const { first, u } = await heat(comm, 60, 200);
  print(`rank ${comm.rank}: cells ${first} to ${first + u.length - 1}, hottest ${Math.max(...u).toFixed(3)} degrees`);
}

async function main() {
  await mpirun(rankMain, 4);
}
