// Rows 0 .. n-1 of the grid are shared among p workers (ranks 0 .. p-1).
// Worker k integrates rows begin, begin + 1, ..., end - 1.
function rowBounds(n, p, k) {
  const workload = n / p;
  const begin = Math.trunc(k * workload);
  const end = k === p - 1 ? n : Math.trunc((k + 1) * workload);   // the last block ends at n
  return { begin, end };
}

function main() {
  for (let k = 0; k < 3; k++) {
    console.log(`worker ${k} of 3:`, rowBounds(10, 3, k));
  }
}
