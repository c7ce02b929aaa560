// A latency curve: ns per dependent load against the working set (bytes), sizes doubling.
const curve = [
  { bytes: 4096, ns: 1.1 }, { bytes: 16384, ns: 1.2 }, { bytes: 65536, ns: 3.9 },
  { bytes: 262144, ns: 4.2 }, { bytes: 1048576, ns: 12.5 }, { bytes: 16777216, ns: 95 },
];

// FIXME: the sizes where the time per access jumps by more than `factor` over the previous size.
function cacheSteps(samples, factor) {
  return [samples[samples.length - 1].bytes]; // only the biggest is slow?
}

// FIXME: the largest working set with at most `ns` per access (0 if none).
function fitsIn(samples, ns) {
  return samples[0].bytes;
}

function main() {
  console.log('steps at', cacheSteps(curve, 2), 'bytes');
  console.log('fits in 5 ns:', fitsIn(curve, 5), 'bytes');
}
