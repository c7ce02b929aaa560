// A reduction, the way a compiler may not vectorize it: one running sum.
// Every addition waits for the previous one (a loop-carried dependency).

function laneSum(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
  }
  return sum;
}

// Run: 1 + 2 + ... + 1000 should be 500500, in any order.
function main() {
  const values = Array.from({ length: 1000 }, (_, i) => i + 1);
  console.log(`laneSum: ${laneSum(values)}`);
}
