// Gives the event loop a turn: resolves after waiting timers and messages have run.
function yieldToEventLoop() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Sum of Math.sqrt(i) for i = 0 .. n-1.
// FIXME: one long loop blocks the thread. Yield after every `slice` iterations.
async function sumRoots(n, slice = 1000000) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += Math.sqrt(i);
  }
  return total;
}

async function main() {
  // A timer that should tick every 10 ms; the longest gap shows how long the thread was blocked.
  let last = performance.now();
  let worst = 0;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  };
  const timer = setInterval(tick, 10);
  const t0 = performance.now();
  const total = await sumRoots(100000000);
  tick();
  clearInterval(timer);
  console.log(`sum = ${total.toExponential(10)} in ${(performance.now() - t0).toFixed(0)} ms`);
  console.log(`longest blocked stretch: ${worst.toFixed(0)} ms`);
}
