// A latency curve: ns per dependent load against the working set (bytes), sizes doubling.
const curve = [
  { bytes: 4096, ns: 1.1 }, { bytes: 16384, ns: 1.2 }, { bytes: 65536, ns: 3.9 },
  { bytes: 262144, ns: 4.2 }, { bytes: 1048576, ns: 12.5 }, { bytes: 16777216, ns: 95 },
];

// The sizes where the time per access jumps by more than `factor` over the previous size.
function cacheSteps(samples, factor) {
  const steps = [];
  for (let i = 1; i < samples.length; i++) {
    if (samples[i].ns > factor * samples[i - 1].ns) steps.push(samples[i].bytes);
  }
  return steps;
}

// The largest working set with at most `ns` per access (0 if none).
function fitsIn(samples, ns) {
  let best = 0;
  for (const s of samples) if (s.ns <= ns && s.bytes > best) best = s.bytes;
  return best;
}

function main() {
  console.log('steps at', cacheSteps(curve, 2), 'bytes');
  console.log('fits in 5 ns:', fitsIn(curve, 5), 'bytes');
}
