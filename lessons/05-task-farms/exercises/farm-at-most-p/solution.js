// A task farm, like xargs -P: at most P tasks running at once.
// tasks[k]() starts task k and returns a promise of its result.
// P runners; each takes the next task as soon as its previous one is done.
async function farm(tasks, P) {
  const results = new Array(tasks.length);
  let next = 0;
  async function runner() {
    while (next < tasks.length) {
      const k = next++;
      results[k] = await tasks[k]();
    }
  }
  const runners = [];
  for (let r = 0; r < Math.min(P, tasks.length); r++) runners.push(runner());
  await Promise.all(runners);
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
