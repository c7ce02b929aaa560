/**
 * The small program the profiling lab times stage by stage (lesson 16): it generates random
 * numbers, sorts them, integrates the course's sin(x + y) over [0, pi]^2 (lesson 3's workhorse) and
 * writes the sorted numbers as CSV text, like a script that ends by saving its results. Each stage
 * is wrapped in `performance.mark`/`performance.measure` (so it also shows in the browser's
 * performance panel) and timed with `performance.now()`.
 *
 * Pure apart from the performance timeline: any thread (the lab runs it in a worker), and Node.
 */
import { integrate2dRows } from '../../kernels/integrate2d.ts';
import { mulberry32 } from './memory-kernels.ts';

/** The stages, in program order. */
export const STAGES = ['generate', 'sort', 'integrate', 'write'] as const;

/** A stage's name. */
export type StageName = (typeof STAGES)[number];

/** How large each stage's work is. */
export interface ProgramSize {
  /** Random numbers generated, sorted and written. */
  numbers: number;
  /** Grid size of the integral (n x n midpoint sum). */
  n: number;
}

/** One stage's time (ms). */
export interface StageTime {
  stage: StageName;
  ms: number;
}

/** What one run of the program computed and how long each stage took. */
export interface ProfileRun {
  stages: StageTime[];
  /** The integral (the course's -7.117752e-17 for n = 10000). */
  integral: number;
  /** Characters of CSV written. */
  written: number;
}

/**
 * Runs the program once and times its stages (ms each, `performance.now()` of this thread).
 * @throws RangeError when a size is not a positive integer
 */
export function runProfiledProgram({ numbers, n }: ProgramSize, seed = 1): ProfileRun {
  if (!Number.isInteger(numbers) || numbers < 1 || !Number.isInteger(n) || n < 1) throw new RangeError('numbers and n must be positive integers');
  const stages: StageTime[] = [];
  const time = <T>(stage: StageName, work: () => T): T => {
    const mark = `profile:${stage}`;
    performance.mark(mark);
    const t0 = performance.now();
    const value = work();
    stages.push({ stage, ms: performance.now() - t0 });
    performance.measure(mark, mark);
    performance.clearMarks(mark);
    performance.clearMeasures(mark);
    return value;
  };
  const data = time('generate', () => {
    const random = mulberry32(seed);
    const xs = new Float64Array(numbers);
    for (let i = 0; i < numbers; i++) xs[i] = random();
    return xs;
  });
  time('sort', () => data.sort());
  const integral = time('integrate', () => integrate2dRows(n, 0, n));
  const written = time('write', () => {
    const lines: string[] = ['index,value'];
    for (let i = 0; i < data.length; i++) lines.push(`${i},${data[i]!.toFixed(6)}`);
    return lines.join('\n').length;
  });
  return { stages, integral, written };
}

/**
 * The serial fraction of a profile: the share of the total time spent in the stages that are not
 * in `parallel`. Pure.
 * @returns s in [0, 1]; NaN when the total is 0
 */
export function serialFraction(stages: readonly StageTime[], parallel: ReadonlySet<string>): number {
  const total = stages.reduce((a, s) => a + s.ms, 0);
  const serial = stages.filter((s) => !parallel.has(s.stage)).reduce((a, s) => a + s.ms, 0);
  return total > 0 ? serial / total : Number.NaN;
}
