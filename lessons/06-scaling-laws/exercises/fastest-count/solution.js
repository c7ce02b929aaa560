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

// The rows split into p contiguous blocks, integrated on p workers, added in rank order.
async function timeWithWorkers(n, p) {
  const blocks = [];
  for (let k = 0; k < p; k++) {
    blocks.push({ n, begin: Math.trunc((k * n) / p), end: Math.trunc(((k + 1) * n) / p) });
  }
  const t0 = performance.now();
  const partials = await parallelMap(integrateRows, blocks, p);
  const ms = performance.now() - t0;
  let value = 0;
  for (const part of partials) value += part;
  return { ms, value };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// The count with the lowest median time; on a tie the first (smallest) count wins.
function fastestCount(counts, runs) {
  let best = 0;
  for (let i = 1; i < counts.length; i++) {
    if (median(runs[i]) < median(runs[best])) best = i;
  }
  return counts[best];
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
