// Tasks of known duration (ms) on a pool, handed out in input order, chunk size 1.

// When each task ends (ms from the start), in input order.
function finishTimes(durations, workers) {
  const free = new Array(workers).fill(0);
  return durations.map((d) => {
    let w = 0;
    for (let i = 1; i < workers; i++) if (free[i] < free[w]) w = i;
    free[w] += d;
    return free[w];
  });
}

// When the program gets its first result with map, imap or imap_unordered.
function firstResult(durations, workers, way) {
  const ends = finishTimes(durations, workers);
  if (way === 'map') return Math.max(...ends);
  if (way === 'imap') return ends[0];
  return Math.min(...ends);
}

function main() {
  const durations = [400, 100, 100, 100];
  console.log('finish times', finishTimes(durations, 2));
  for (const way of ['map', 'imap', 'imap_unordered']) console.log(way, firstResult(durations, 2, way), 'ms');
}
