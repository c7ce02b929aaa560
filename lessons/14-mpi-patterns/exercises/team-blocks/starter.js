// Rows [begin, end) of block k when n rows are split into p blocks (the course's split).
function blockRows(n, p, k) {
  const begin = Math.trunc((n / p) * k);
  const end = k === p - 1 ? n : Math.trunc((n / p) * (k + 1));
  return { begin, end };
}

// The rows thread `thread` of rank `rank` sums, with `threads` threads in every one of `ranks` ranks.
function threadRows(n, ranks, threads, rank, thread) {
  return blockRows(n, threads, thread);
}

function main() {
  for (let rank = 0; rank < 2; rank++) {
    for (let thread = 0; thread < 2; thread++) console.log(`rank ${rank}, thread ${thread}:`, threadRows(10, 2, 2, rank, thread));
  }
}
