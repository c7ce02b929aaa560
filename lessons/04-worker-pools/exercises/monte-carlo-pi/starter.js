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

// FIXME: call sample(dartsPerCall) `calls` times on a pool of `workers` workers and add up the results.
async function poolPi(calls, dartsPerCall, workers) {
  const one = sample(dartsPerCall); // one call, on this thread
  return one;
}

async function main() {
  const t0 = performance.now();
  const total = await poolPi(10, 100000, cores);
  console.log(`pi ≈ ${(4 * total.inside / total.n).toFixed(5)} from ${total.n} darts in ${(performance.now() - t0).toFixed(0)} ms`);
}
