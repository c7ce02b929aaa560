/**
 * Scaling laws and the model fits the scaling lesson draws on measured speedups.
 *
 * - Amdahl's law (G. Amdahl, "Validity of the single processor approach to achieving large scale
 *   computing capabilities", AFIPS 1967): a fixed problem whose serial fraction f cannot be split
 *   runs on p workers with speedup S(p) = 1 / (f + (1 - f) / p), never more than 1 / f.
 * - Gustafson's law (J. Gustafson, "Reevaluating Amdahl's law", CACM 31(5), 1988): when the
 *   parallel part grows with p (weak scaling), the scaled speedup is S(p) = p - f (p - 1).
 * - The Karp-Flatt metric (A. Karp and H. Flatt, "Measuring parallel processor performance",
 *   CACM 33(5), 1990): the experimentally determined serial fraction
 *   e(p) = (1/S - 1/p) / (1 - 1/p), which equals f when the speedup follows Amdahl's law exactly
 *   and grows with p when overheads grow with p.
 * - Least-squares fits of f to measured (p, S) points, the way HPC Carpentry's lesson on the
 *   `amdahl` program asks learners to compare their measurements with the law.
 *
 * Pure: any thread, and Node.
 */

/** One measured point: speedup S on p workers. */
export interface SpeedupPoint {
  /** Number of workers p (>= 1). */
  workers: number;
  /** Measured speedup S(p) (> 0). */
  speedup: number;
}

/** The outcome of a fit of the serial fraction. */
export interface SerialFractionFit {
  /** Best serial fraction f in [0, 1]. */
  serialFraction: number;
  /** Sum of squared residuals in S at the best f (speedup units squared). */
  residual: number;
  /** Root-mean-square residual in S over the points used (speedup units). */
  rms: number;
  /** Number of points used. */
  points: number;
}

function checkFraction(f: number): void {
  if (!Number.isFinite(f) || f < 0 || f > 1) throw new RangeError(`the serial fraction must be in [0, 1], got ${f}`);
}

function checkWorkers(p: number): void {
  if (!Number.isFinite(p) || p < 1) throw new RangeError(`the number of workers must be at least 1, got ${p}`);
}

/**
 * Amdahl's law: the speedup of a fixed-size problem with serial fraction f on p workers,
 * S(p) = 1 / (f + (1 - f) / p). Dimensionless. `p` may be fractional (for drawing curves).
 *
 * @param serialFraction f in [0, 1]: the share of the one-worker run time that cannot be split
 * @param workers p >= 1
 * @throws RangeError when f is outside [0, 1] or p < 1
 */
export function amdahlSpeedup(serialFraction: number, workers: number): number {
  checkFraction(serialFraction);
  checkWorkers(workers);
  return 1 / (serialFraction + (1 - serialFraction) / workers);
}

/**
 * Gustafson's law: the scaled speedup when the parallel part grows with p (weak scaling),
 * S(p) = p - f (p - 1), where f is the serial share of the run time on p workers. Dimensionless.
 *
 * @param serialFraction f in [0, 1]
 * @param workers p >= 1 (may be fractional, for drawing curves)
 * @throws RangeError when f is outside [0, 1] or p < 1
 */
export function gustafsonSpeedup(serialFraction: number, workers: number): number {
  checkFraction(serialFraction);
  checkWorkers(workers);
  return workers - serialFraction * (workers - 1);
}

/**
 * The Karp-Flatt metric, the experimentally determined serial fraction
 * e(p) = (1/S - 1/p) / (1 - 1/p). On exact Amdahl data it returns f; a value that grows with p
 * points at overheads that grow with p (start-up, communication, oversubscription) rather than
 * at a fixed serial part. It can be negative for superlinear speedup (S > p).
 *
 * @param speedupValue measured S(p) > 0
 * @param workers p > 1 (undefined for p = 1)
 * @throws RangeError when p <= 1 or S <= 0 or either is not finite
 */
export function karpFlatt(speedupValue: number, workers: number): number {
  if (!Number.isFinite(workers) || workers <= 1) throw new RangeError(`Karp-Flatt needs more than one worker, got ${workers}`);
  if (!Number.isFinite(speedupValue) || speedupValue <= 0) throw new RangeError(`the speedup must be positive, got ${speedupValue}`);
  return (1 / speedupValue - 1 / workers) / (1 - 1 / workers);
}

function checkPoints(points: readonly SpeedupPoint[]): void {
  if (points.length === 0) throw new RangeError('fitting needs at least one measured point');
  for (const { workers, speedup } of points) {
    checkWorkers(workers);
    if (!Number.isFinite(speedup) || speedup <= 0) throw new RangeError(`every speedup must be positive and finite, got ${speedup}`);
  }
  if (!points.some((pt) => pt.workers > 1)) {
    throw new RangeError('fitting needs a point with more than one worker (on one worker every law gives S = 1)');
  }
}

/** Sum of squared residuals in S of `model(f, p)` against the points. */
function sumOfSquares(points: readonly SpeedupPoint[], model: (f: number, p: number) => number, f: number): number {
  let sse = 0;
  for (const { workers, speedup } of points) {
    const r = speedup - model(f, workers);
    sse += r * r;
  }
  return sse;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Minimizes g over [lo, hi]: a scan of `grid` + 1 evenly spaced points finds the best cell
 * (so a sum of several unimodal terms cannot trap it in a poor local minimum), then golden-section
 * search refines within the neighbouring cells to `tol`.
 */
function minimize1d(g: (x: number) => number, lo: number, hi: number, grid = 200, tol = 1e-10): number {
  let best = lo;
  let bestValue = g(lo);
  for (let i = 1; i <= grid; i++) {
    const x = lo + ((hi - lo) * i) / grid;
    const v = g(x);
    if (v < bestValue) {
      best = x;
      bestValue = v;
    }
  }
  const step = (hi - lo) / grid;
  let a = Math.max(lo, best - step);
  let b = Math.min(hi, best + step);
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let gc = g(c);
  let gd = g(d);
  while (b - a > tol) {
    if (gc < gd) {
      b = d;
      d = c;
      gd = gc;
      c = b - GOLDEN * (b - a);
      gc = g(c);
    } else {
      a = c;
      c = d;
      gc = gd;
      d = a + GOLDEN * (b - a);
      gd = g(d);
    }
  }
  const x = (a + b) / 2;
  return g(x) <= bestValue ? x : best;
}

function fitResult(points: readonly SpeedupPoint[], model: (f: number, p: number) => number, f: number): SerialFractionFit {
  const residual = sumOfSquares(points, model, f);
  return { serialFraction: f, residual, rms: Math.sqrt(residual / points.length), points: points.length };
}

/**
 * Least-squares fit of Amdahl's law to measured speedups: the serial fraction f in [0, 1] that
 * minimizes sum_i (S_i - 1 / (f + (1 - f) / p_i))^2. Method: grid scan then golden-section
 * search (the objective is smooth in f but a sum of several terms, so a scan guards against
 * local minima). Points on one worker carry no information (S(1) = 1 for every f) but are allowed.
 *
 * @param points measured (p, S) pairs, p >= 1, S > 0, at least one with p > 1
 * @returns the best f, the sum of squared residuals and the RMS residual (speedup units)
 * @throws RangeError on an empty list, invalid values, or no point with p > 1
 */
export function fitAmdahl(points: readonly SpeedupPoint[]): SerialFractionFit {
  checkPoints(points);
  const f = minimize1d((x) => sumOfSquares(points, amdahlSpeedup, x), 0, 1);
  return fitResult(points, amdahlSpeedup, f);
}

/**
 * Least-squares fit of Gustafson's law to measured scaled speedups. S = p - f (p - 1) is linear
 * in f, so the minimizer of sum_i (S_i - p_i + f (p_i - 1))^2 has the closed form
 * f = sum (p_i - S_i)(p_i - 1) / sum (p_i - 1)^2, clamped to [0, 1] (the objective is a parabola
 * in f, so clamping gives the constrained minimum).
 *
 * @param points measured (p, scaled S) pairs, p >= 1, S > 0, at least one with p > 1
 * @throws RangeError on an empty list, invalid values, or no point with p > 1
 */
export function fitGustafson(points: readonly SpeedupPoint[]): SerialFractionFit {
  checkPoints(points);
  let num = 0;
  let den = 0;
  for (const { workers, speedup } of points) {
    num += (workers - speedup) * (workers - 1);
    den += (workers - 1) * (workers - 1);
  }
  const f = Math.min(1, Math.max(0, num / den));
  return fitResult(points, gustafsonSpeedup, f);
}

/**
 * Gustafson's scaled speedup from measurements of a weak-scaling run: how much longer one worker
 * would need for the p-times-larger parallel part than p workers needed.
 * With the one-worker run T(1) split into a serial share r and a parallel share 1 - r, one worker
 * would need T(1) (r + (1 - r) p) for the scaled problem, so S(p) = T(1) (r + (1 - r) p) / T(p).
 *
 * @param oneWorkerMs T(1), wall time of the base problem on one worker (ms)
 * @param parallelMs T(p), wall time of the p-times-scaled problem on p workers (ms)
 * @param serialShare r in [0, 1], the measured serial share of the one-worker run
 * @param workers p >= 1
 * @throws RangeError on non-positive times, r outside [0, 1] or p < 1
 */
export function scaledSpeedup(oneWorkerMs: number, parallelMs: number, serialShare: number, workers: number): number {
  if (!(oneWorkerMs > 0) || !(parallelMs > 0) || !Number.isFinite(oneWorkerMs) || !Number.isFinite(parallelMs)) {
    throw new RangeError('times must be positive and finite');
  }
  checkFraction(serialShare);
  checkWorkers(workers);
  return (oneWorkerMs * (serialShare + (1 - serialShare) * workers)) / parallelMs;
}
