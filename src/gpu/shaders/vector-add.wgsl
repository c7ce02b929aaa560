// c = a + b element by element in f32: the UPPMAX page's numba @vectorize(target='cuda') example
// (and the ADACS workshop's vector add) as a WGSL compute shader. One invocation per element.

struct Params {
  length: u32,
  invocations_per_row: u32, // invocations per row of the 2D dispatch (workgroups_x * WORKGROUP)
}

const WORKGROUP: u32 = 256u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> c: array<f32>;

@compute @workgroup_size(WORKGROUP)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x + gid.y * params.invocations_per_row;
  if (i < params.length) {
    c[i] = a[i] + b[i];
  }
}
