// A job with `cores` cores runs a pool of `processes` processes; each calls a threaded library.

// The largest PL_NUM_THREADS for each process so that processes × threads fits the cores (at least 1).
function threadsPerProcess(cores, processes) {
  return Math.max(1, Math.floor(cores / processes));
}

// Threads per core when `processes` processes each run `threads` library threads.
function oversubscription(cores, processes, threads) {
  return (processes * threads) / cores;
}

function main() {
  for (const [cores, processes] of [[4, 1], [4, 4], [8, 3], [2, 4]]) {
    const t = threadsPerProcess(cores, processes);
    console.log(`${cores} cores, ${processes} processes: PL_NUM_THREADS=${t}, ${oversubscription(cores, processes, t)} threads per core`);
  }
}
