// Throws n darts at the unit square; counts those inside the quarter circle. Runs on a worker.
function sample(n) {
  let inside = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.random();
    const y = Math.random();
    if (x * x + y * y < 1) inside++;
  }
  return { n, inside };
}

// `calls` samples on a pool of `workers` workers; the (n, inside) pairs are added up.
async function poolPi(calls, dartsPerCall, workers) {
  const parts = await parallelMap(sample, Array(calls).fill(dartsPerCall), workers);
  const total = { n: 0, inside: 0 };
  for (const part of parts) {
    total.n += part.n;
    total.inside += part.inside;
  }
  return total;
}

async function main() {
  const t0 = performance.now();
  const total = await poolPi(10, 100000, cores);
  console.log(`pi ≈ ${(4 * total.inside / total.n).toFixed(5)} from ${total.n} darts in ${(performance.now() - t0).toFixed(0)} ms`);
}
