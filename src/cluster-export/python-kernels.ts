/**
 * The kernels of the cluster export's Python programs, as Python source: the integral's midpoint
 * sum over a block of rows with the browser's row split (src/kernels/decomposition.ts), and Monte
 * Carlo pi's `sample` with a port of the browser's xoshiro128** streams (src/kernels/
 * xoshiro128.ts: the same seeding, step and jump), so the Python programs compute the browser's
 * digits and hit counts. Each defines `tasks_for(p)`, `block(args)` and `combine(results)` for the
 * program's pool, or (the sampler) `sample(darts, seed, stream)`.
 *
 * Pure: any thread, and Node.
 */

/** The integral's kernel: the course's midpoint sum over a block of rows. */
export const INTEGRATE_KERNEL = `
def block_rows(n, p, k):
    """Rows [begin, end) of block k of p, as the browser splits them: int(n / p * k), and
    the last block ends at n (int(n / p * (k + 1)) can stop one row short)."""
    workload = n / p
    begin = int(workload * k)
    end = n if k == p - 1 else int(workload * (k + 1))
    return begin, end


def midpoint_sum(n, begin, end):
    """h^2 times the sum of sin(x + y) over the rows [begin, end) of an n x n midpoint grid
    on [0, pi]^2: one worker's partial integral (the course's partial_integrals[k])."""
    h = math.pi / n
    mysum = 0.0
    for i in range(begin, end):
        x = h * (i + 0.5)
        for j in range(n):
            y = h * (j + 0.5)
            mysum += math.sin(x + y)
    return h * h * mysum


def tasks_for(p):
    """The blocks of a run on p workers: block k is (n, begin, end) of rank k."""
    return [(N, *block_rows(N, p, k)) for k in range(p)]


def block(args):
    n, begin, end = args
    return midpoint_sum(n, begin, end)


def combine(partials):
    """The integral: the partial integrals added in rank order (the order matters in the
    last digits, and this is the browser's order)."""
    total = 0.0
    for partial in partials:
        total += partial
    return total
`;

/** Monte Carlo pi's sample(n) with a port of the browser's xoshiro128** streams. */
export const PI_SAMPLER = `
MASK = 0xFFFFFFFF
GOLDEN = 0x9E3779B9
JUMP = (0x8764000B, 0xF542D2D3, 0x6FA035C3, 0x77F2DB5B)
TO_UNIT = 1.0 / 4294967296.0


def mix32(z):
    """The MurmurHash3 / SplitMix32 finaliser that seeds the state."""
    z = ((z ^ (z >> 16)) * 0x85EBCA6B) & MASK
    z = ((z ^ (z >> 13)) * 0xC2B2AE35) & MASK
    return z ^ (z >> 16)


def next_state(s0, s1, s2, s3):
    """One xoshiro128** 1.0 step (Blackman and Vigna): the output and the next state."""
    r = (s1 * 5) & MASK
    r = ((((r << 7) | (r >> 25)) & MASK) * 9) & MASK
    t = (s1 << 9) & MASK
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = ((s3 << 11) | (s3 >> 21)) & MASK
    return r, s0, s1, s2, s3


def stream_state(seed, stream):
    """The state of stream \`stream\` of a run seeded with \`seed\`: the seeded generator
    advanced by \`stream\` jumps of 2^64 steps, as the browser's streamGenerator."""
    lo, hi = seed & MASK, (seed >> 32) & MASK
    x = (lo ^ ((hi * GOLDEN) & MASK)) & MASK
    s = []
    for _ in range(4):
        x = (x + GOLDEN) & MASK
        s.append(mix32(x))
    if not any(s):
        s[0] = 1
    s0, s1, s2, s3 = s
    for _ in range(stream):
        a = b = c = d = 0
        for word in JUMP:
            for bit in range(32):
                if (word >> bit) & 1:
                    a ^= s0
                    b ^= s1
                    c ^= s2
                    d ^= s3
                _, s0, s1, s2, s3 = next_state(s0, s1, s2, s3)
        s0, s1, s2, s3 = a, b, c, d
    return s0, s1, s2, s3


def sample(darts, seed, stream):
    """Throws \`darts\` darts from stream \`stream\`; returns (darts, number_in_circle), as the
    course's sample(n). The generator's step is written out for speed (same numbers)."""
    s0, s1, s2, s3 = stream_state(seed, stream)
    inside = 0
    for _ in range(darts):
        r = (s1 * 5) & MASK
        r = ((((r << 7) | (r >> 25)) & MASK) * 9) & MASK
        t = (s1 << 9) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = ((s3 << 11) | (s3 >> 21)) & MASK
        x = r * TO_UNIT
        r = (s1 * 5) & MASK
        r = ((((r << 7) | (r >> 25)) & MASK) * 9) & MASK
        t = (s1 << 9) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = ((s3 << 11) | (s3 >> 21)) & MASK
        y = r * TO_UNIT
        if x * x + y * y < 1.0:
            inside += 1
    return darts, inside

`;

/** The speedup lab's pi tasks: the darts split among the workers, task k on stream k. */
export const PI_SPEEDUP_TASKS = `

def tasks_for(p):
    """The tasks of a run on p workers: the darts split as evenly as integers allow (the
    first n % p tasks take one more), task k drawing from stream k."""
    base, extra = divmod(N, p)
    return [(base + (1 if k < extra else 0), SEED, k) for k in range(p)]


def block(args):
    return sample(*args)


def combine(samples):
    """The estimate 4 * inside / darts of all the tasks' samples."""
    darts = sum(s[0] for s in samples)
    inside = sum(s[1] for s in samples)
    return 4 * inside / darts

`;

/**
 * The scaling lab's job (src/labs/scaling/workload.ts): busy work of sin evaluations, a serial
 * part on one process and the parallel part split (strong) or repeated (weak) among p.
 */
export const SCALING_WORKLOAD = `
def busy_work(evaluations, phase):
    """The busy work: the sum of sin(1e-3 i + phase) for i < evaluations (the browser's
    busyWork), so every process really computes. The checksum of the results can differ
    from the browser's in the last digits: for arguments far from 0 the C library's sin and
    JavaScript's may round differently; the times are what the lab compares."""
    total = 0.0
    for i in range(evaluations):
        total += math.sin(1e-3 * i + phase)
    return total


def plan_workload(p):
    """The serial evaluations and each process's parallel evaluations on p workers. The
    serial part is round(f * W), rounded half up as JavaScript's Math.round (Python's round
    rounds half to even)."""
    serial = math.floor(SERIAL_FRACTION * WORK + 0.5)
    parallel = WORK - serial
    if MODE == "weak":
        return serial, [parallel] * p
    base, extra = divmod(parallel, p)
    return serial, [base + (1 if k < extra else 0) for k in range(p)]


def work(args):
    return busy_work(*args)
`;
