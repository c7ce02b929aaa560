// The courses' midpoint integral of sin(x + y) over [0, pi]^2 on an n x n grid, in f32 (WGSL has
// no f64). Invocation k takes row i = k / chunks_per_row and columns [c * COLUMNS, (c + 1) * COLUMNS)
// of it, c = k % chunks_per_row, and adds its sines with Kahan's compensated summation; the
// workgroup then adds its 256 sums pairwise in workgroup memory (a tree: error growing with
// log2(256) rather than 256) and writes one partial sum per workgroup. A second pass, one
// workgroup, adds the partial sums (Kahan per invocation, then the same tree) and scales by h^2.
// sin(t) is evaluated as sin(pi - t): the same number, with the argument in [-pi, pi], where WGSL
// states sin's accuracy (absolute error at most 2^-11; real GPUs do far better).

struct Params {
  n: u32,
  chunks_per_row: u32,
  invocations_per_row: u32, // invocations per row of the 2D dispatch (workgroups_x * WORKGROUP)
  partials: u32,            // partial sums written by the first pass (its workgroups)
}

const WORKGROUP: u32 = 256u;
const COLUMNS: u32 = 256u;
const PI: f32 = 3.14159265358979;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> partial_sums: array<f32>;
@group(0) @binding(2) var<storage, read_write> result: array<f32, 1>;

var<workgroup> sums: array<f32, WORKGROUP>;

// Pairwise (tree) sum of sums[0..WORKGROUP) into sums[0]; every invocation of the workgroup calls it.
fn tree_sum(lid: u32) {
  workgroupBarrier();
  for (var stride = WORKGROUP / 2u; stride > 0u; stride = stride / 2u) {
    if (lid < stride) {
      sums[lid] = sums[lid] + sums[lid + stride];
    }
    workgroupBarrier();
  }
}

@compute @workgroup_size(WORKGROUP)
fn rows(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(local_invocation_index) lid: u32,
        @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let k = gid.x + gid.y * params.invocations_per_row;
  let h = PI / f32(params.n);
  var sum = 0.0f;
  var compensation = 0.0f;
  let i = k / params.chunks_per_row;
  if (i < params.n) {
    let x = (f32(i) + 0.5f) * h;
    let begin = (k % params.chunks_per_row) * COLUMNS;
    let end = min(begin + COLUMNS, params.n);
    for (var j = begin; j < end; j++) {
      let y = (f32(j) + 0.5f) * h;
      // Kahan: carry the low-order bits each addition loses into the next one.
      let term = sin(PI - (x + y)) - compensation;
      let next = sum + term;
      compensation = (next - sum) - term;
      sum = next;
    }
  }
  sums[lid] = sum;
  tree_sum(lid);
  if (lid == 0u) {
    partial_sums[wid.x + wid.y * nwg.x] = sums[0];
  }
}

@compute @workgroup_size(WORKGROUP)
fn combine(@builtin(local_invocation_index) lid: u32) {
  var sum = 0.0f;
  var compensation = 0.0f;
  for (var p = lid; p < params.partials; p += WORKGROUP) {
    let term = partial_sums[p] - compensation;
    let next = sum + term;
    compensation = (next - sum) - term;
    sum = next;
  }
  sums[lid] = sum;
  tree_sum(lid);
  if (lid == 0u) {
    let h = PI / f32(params.n);
    result[0] = sums[0] * h * h;
  }
}
