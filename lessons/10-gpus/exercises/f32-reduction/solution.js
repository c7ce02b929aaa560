// Sum f32 values the way a GPU kernel does: every addition rounded to single precision.
// add(a, b) is Math.fround(a + b): use it for every addition.

const WORKGROUP = 256;

// Pairwise (tree) sum of an array whose length is a power of two, as the shader's workgroup does.
function treeSum(sums, add) {
  for (let stride = sums.length / 2; stride >= 1; stride /= 2) {
    for (let i = 0; i < stride; i++) {
      sums[i] = add(sums[i], sums[i + stride]);
    }
  }
  return sums[0];
}

function gpuSum(values, add) {
  const partials = [];
  for (let start = 0; start < values.length; start += WORKGROUP) {
    const sums = new Array(WORKGROUP).fill(0);
    for (let i = 0; i < WORKGROUP && start + i < values.length; i++) sums[i] = values[start + i];
    partials.push(treeSum(sums, add));
  }
  let size = 1;
  while (size < partials.length) size *= 2;
  while (partials.length < size) partials.push(0);
  return treeSum(partials, add);
}

// Run: a million copies of 0.1 (in f32) should add up to about 104858.
function main() {
  const add = (a, b) => Math.fround(a + b);
  const tenths = new Float32Array(1 << 20).fill(0.1);
  console.log(`gpuSum: ${gpuSum(tenths, add)}`);
}
