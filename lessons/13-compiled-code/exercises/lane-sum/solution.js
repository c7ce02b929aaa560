// A reduction vectorized by hand: four partial sums, one per SIMD lane (two f64x2 registers),
// added at the end, as a compiler does with -ffast-math.

function laneSum(values) {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const n = values.length;
  for (let i = 0; i < n; i += 4) {
    s0 += values[i];
    if (i + 1 < n) s1 += values[i + 1];
    if (i + 2 < n) s2 += values[i + 2];
    if (i + 3 < n) s3 += values[i + 3];
  }
  return (s0 + s1) + (s2 + s3);
}

// Run: 1 + 2 + ... + 1000 should be 500500, in any order.
function main() {
  const values = Array.from({ length: 1000 }, (_, i) => i + 1);
  console.log(`laneSum: ${laneSum(values)}`);
}
