// A job with `cores` cores runs a pool of `processes` processes; each calls a threaded library.

// FIXME: the largest PL_NUM_THREADS for each process so that processes × threads fits the cores (at least 1).
function threadsPerProcess(cores, processes) {
  return cores; // the library's default: every core, in every process
}

// FIXME: threads per core when `processes` processes each run `threads` library threads.
function oversubscription(cores, processes, threads) {
  return threads / cores;
}

function main() {
  for (const [cores, processes] of [[4, 1], [4, 4], [8, 3], [2, 4]]) {
    const t = threadsPerProcess(cores, processes);
    console.log(`${cores} cores, ${processes} processes: PL_NUM_THREADS=${t}, ${oversubscription(cores, processes, t)} threads per core`);
  }
}
