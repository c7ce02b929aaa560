// Midpoint sum of sin(x + y) over rows [begin, end) of the n x n grid on [0, pi]^2 (lesson 3).
// It runs on a worker, so it may only use its argument.
function integrateRows({ n, begin, end }) {
  const h = Math.PI / n;
  let sum = 0;
  for (let i = begin; i < end; i++) {
    const x = h * (i + 0.5);
    for (let j = 0; j < n; j++) sum += Math.sin(x + h * (j + 0.5));
  }
  return h * h * sum;
}

// FIXME: split the rows into p blocks and integrate them on p workers.
async function timeWithWorkers(n, p) {
  const t0 = performance.now();
  const [value] = await parallelMap(integrateRows, [{ n, begin: 0, end: n }], 1);
  return { ms: performance.now() - t0, value };
}

// FIXME: the count with the lowest MEDIAN time (ties: fewer workers).
function fastestCount(counts, runs) {
  return counts[counts.length - 1]; // "more workers are always faster"?
}

async function main() {
  const counts = [1, 2, 4, 8];
  const runs = [];
  for (const p of counts) {
    await timeWithWorkers(2000, p); // warm-up: starts the workers
    const ms = [];
    for (let r = 0; r < 3; r++) ms.push((await timeWithWorkers(2000, p)).ms);
    runs.push(ms);
    console.log(`${p} workers: ${ms.map((t) => t.toFixed(0)).join(', ')} ms`);
  }
  console.log(`fastest: ${fastestCount(counts, runs)} workers (${cores} cores reported)`);
}
