// Each worker counts its values into the SHARED bins.
// shared: a SharedArrayBuffer, one 32-bit integer per bin (all workers see the same memory)
// values: this worker's bin indices, each in 0 .. bins - 1

function countAtomic(shared, values) {
  const counts = new Int32Array(shared);
  for (let i = 0; i < values.length; i++) {
    const b = values[i];
    counts[b] = counts[b] + 1; // FIXME: a race condition; make this one indivisible step
  }
}

function countPrivate(shared, values) {
  const counts = new Int32Array(shared);
  // FIXME: count into a private histogram first, then add each bin to the shared bins once
  for (let i = 0; i < values.length; i++) {
    const b = values[i];
    counts[b] = counts[b] + 1;
  }
}

// Run: both versions on several workers at once; compare the total with the number of values.
async function main() {
  const workers = Math.max(2, Math.min(cores, 4));
  const bins = 8;
  const perWorker = 1000000;
  const shards = [];
  for (let w = 0; w < workers; w++) {
    const values = new Uint8Array(perWorker);
    for (let i = 0; i < perWorker; i++) values[i] = (i * 7 + w) % bins;
    shards.push(values);
  }
  for (const count of [countAtomic, countPrivate]) {
    const shared = new SharedArrayBuffer(bins * 4);
    await runWorkers(count, shards.map((values) => [shared, values]));
    const total = new Int32Array(shared).reduce((a, b) => a + b, 0);
    console.log(`${count.name}: ${total} counted, ${workers * perWorker - total} lost`);
  }
}
