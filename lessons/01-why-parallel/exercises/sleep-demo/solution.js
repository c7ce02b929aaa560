// nap(ms) blocks the thread it runs on for ms milliseconds, like Python's time.sleep.
function nap(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return ms;
}

// Takes every nap in the list; returns what each nap returned, in order.
// Each nap gets its own worker, so they all happen at the same time.
async function napAll(naps) {
  return parallelMap(nap, naps, naps.length);
}

async function main() {
  const t0 = performance.now();
  const done = await napAll([500, 500, 500, 500]);
  console.log(`${done.length} naps of 500 ms took ${(performance.now() - t0).toFixed(0)} ms`);
}
