/**
 * Sizes the GPU kernels take, in one small file the lab settings can import without pulling in
 * any shader. Pure: any thread, and Node.
 */

/** Most vector-add elements: 2^25 f32 (128 MiB per array, WebGPU's default largest storage binding). */
export const MAX_VECTOR_LENGTH = 2 ** 25;

/**
 * The bound the lesson states for the f32 result (the exact midpoint sum is 0 by symmetry): each
 * of the n² terms may be off by WGSL's promised sin accuracy, 2^-11, plus the rounding of its f32
 * argument (|x + y| ≤ 2π, so 2π · 2^-24), and the sum is scaled by h² = (π/n)²: in all at most
 * π² (2^-11 + 2π · 2^-24) ≈ 4.8e-3 whatever n is. Summation errors (Kahan, then pairwise) are
 * far below it. Real GPUs' sin is far better than 2^-11, so results are usually near 1e-6.
 */
export const F32_INTEGRAL_BOUND = Math.PI ** 2 * (2 ** -11 + 2 * Math.PI * 2 ** -24);
