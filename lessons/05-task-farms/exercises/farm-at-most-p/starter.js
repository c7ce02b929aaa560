// A task farm, like xargs -P: at most P tasks running at once.
// tasks[k]() starts task k and returns a promise of its result.
// FIXME: fixed batches: a free slot waits until the whole batch is done.
async function farm(tasks, P) {
  const results = new Array(tasks.length);
  for (let first = 0; first < tasks.length; first += P) {
    const batch = tasks.slice(first, first + P);
    const done = await Promise.all(batch.map((task) => task()));
    done.forEach((value, k) => {
      results[first + k] = value;
    });
  }
  return results;
}

// nap(ms) blocks the worker it runs on, like time.sleep.
function nap(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return ms;
}

async function main() {
  const naps = [600, 200, 200, 200, 200, 200];
  const t0 = performance.now();
  const tasks = naps.map((ms, k) => async () => {
    const start = performance.now() - t0;
    await parallelMap(nap, [ms], 1); // one nap on a worker
    return `task ${k}: ${ms} ms nap, started at ${start.toFixed(0)} ms`;
  });
  for (const line of await farm(tasks, 2)) console.log(line);
  console.log(`all done after ${(performance.now() - t0).toFixed(0)} ms`);
}
