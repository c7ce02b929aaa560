// Monte Carlo pi (the courses' darts), one Philox block per pair of darts: dart d uses the block
// of counter (d / 2, 0, 0, 0) and key (seed, 0), words 0-1 for an even dart and 2-3 for an odd
// one; the top 24 bits of a word are a coordinate in units of 2^-24, and x^2 + y^2 < 2^48 is
// tested exactly with 48-bit integer arithmetic. Each invocation counts the darts of its pairs,
// the workgroup adds its counts in workgroup memory (a tree reduction), and one invocation per
// workgroup adds the workgroup's count to the global counter with an atomic.
// Needs philox.wgsl prepended.

struct Params {
  darts: u32,        // darts in the run (at most 2^32 - 2)
  seed: u32,
  pairs_per_invocation: u32,
  invocations_per_row: u32, // invocations per row of the 2D dispatch (workgroups_x * WORKGROUP)
}

const WORKGROUP: u32 = 256u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> inside_total: atomic<u32>;

var<workgroup> counts: array<u32, WORKGROUP>;

// 1 when the dart (x, y), in units of 2^-24, lies inside the quarter circle.
fn inside(x: u32, y: u32) -> u32 {
  let xx = mul_hi_lo(x, x);
  let yy = mul_hi_lo(y, y);
  let lo = xx.y + yy.y;
  let carry = select(0u, 1u, lo < xx.y);
  let hi = xx.x + yy.x + carry;
  return select(0u, 1u, hi < 0x10000u);
}

@compute @workgroup_size(WORKGROUP)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let invocation = gid.x + gid.y * params.invocations_per_row;
  let pairs = (params.darts + 1u) / 2u;
  let first = invocation * params.pairs_per_invocation;
  var count = 0u;
  for (var i = 0u; i < params.pairs_per_invocation; i++) {
    let pair = first + i;
    if (pair >= pairs) { break; }
    let r = philox4x32_10(vec4<u32>(pair, 0u, 0u, 0u), vec2<u32>(params.seed, 0u));
    count += inside(r.x >> 8u, r.y >> 8u);
    if (2u * pair + 1u < params.darts) {
      count += inside(r.z >> 8u, r.w >> 8u);
    }
  }
  counts[lid] = count;
  workgroupBarrier();
  for (var stride = WORKGROUP / 2u; stride > 0u; stride = stride / 2u) {
    if (lid < stride) {
      counts[lid] += counts[lid + stride];
    }
    workgroupBarrier();
  }
  if (lid == 0u && counts[0] > 0u) {
    atomicAdd(&inside_total, counts[0]);
  }
}
