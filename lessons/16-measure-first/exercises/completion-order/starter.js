// Tasks of known duration (ms) on a pool, handed out in input order, chunk size 1.

// FIXME: when each task ends (ms from the start), in input order.
function finishTimes(durations, workers) {
  return durations.map((d) => d); // as if every task had a worker of its own
}

// FIXME: when the program gets its first result with map, imap or imap_unordered.
function firstResult(durations, workers, way) {
  return Math.min(...finishTimes(durations, workers));
}

function main() {
  const durations = [400, 100, 100, 100];
  console.log('finish times', finishTimes(durations, 2));
  for (const way of ['map', 'imap', 'imap_unordered']) console.log(way, firstResult(durations, 2, way), 'ms');
}
