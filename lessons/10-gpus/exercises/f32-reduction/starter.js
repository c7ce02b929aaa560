// Sum f32 values the way a GPU kernel does: every addition rounded to single precision.
// add(a, b) is Math.fround(a + b): use it for every addition.

function gpuSum(values, add) {
  // One running sum, as one invocation looping over everything: the digits of small
  // values are lost once the sum is large. Replace it with workgroups of 256 added as trees.
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum = add(sum, values[i]);
  }
  return sum;
}

// Run: a million copies of 0.1 (in f32) should add up to about 104858.
function main() {
  const add = (a, b) => Math.fround(a + b);
  const tenths = new Float32Array(1 << 20).fill(0.1);
  console.log(`gpuSum: ${gpuSum(tenths, add)}`);
}
