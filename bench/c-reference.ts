/**
 * The benchmark's C reference (bench/c/integrate.c, the integration loop of
 * src/kernels/integrate2d.ts): builds it with gcc at each reference level, runs it, and measures
 * the machine's own ceiling for a 2-worker speedup. Runs in Node (the `npm run bench` process);
 * every function returns null, rather than throwing, where gcc or the binary is missing.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One run of the C loop: its wall time (s) and its rate (sin evaluations per second). */
export interface CRun {
  seconds: number;
  evalsPerSecond: number;
}

/** A compiler setting of the reference: its label in the tables and gcc's flags. */
export interface CLevel {
  /** Short name, also the binary's file name (`integrate-<id>`). */
  id: string;
  label: string;
  flags: string[];
}

/** gcc -O2: the scalar reference of the `wasm` target (libm's sin, no vectors). */
export const C_O2: CLevel = { id: 'o2', label: 'C gcc -O2', flags: ['-O2'] };

/**
 * gcc -O3 -march=native -ffast-math: gcc vectorizes sin through glibc's libmvec, with the widest
 * vectors the CPU has (8 doubles per instruction with AVX-512, 4 with AVX2).
 */
export const C_FAST: CLevel = { id: 'fast', label: 'C gcc -O3 fast', flags: ['-O3', '-march=native', '-ffast-math'] };

/**
 * The same loop at the AVX2 level (x86-64-v3: 256-bit vectors with FMA, libmvec's 4-lane sin),
 * the hardware on which issue 12 puts the 128-bit ceiling at 0.5. Built only where the CPU has
 * AVX-512 (see {@link hasAvx512}): elsewhere on x86 `-march=native` already is this level or below.
 */
export const C_FAST_AVX2: CLevel = { id: 'fast-avx2', label: 'C gcc -O3 AVX2', flags: ['-O3', '-march=x86-64-v3', '-ffast-math'] };

/** True where /proc/cpuinfo lists avx512f (Linux on x86); false elsewhere or when unreadable. */
export function hasAvx512(): boolean {
  try {
    return /\bavx512f\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    return false;
  }
}

/** Compiles the loop at `level` into `dir`; returns the binary's path, or null without gcc. */
export function buildC(dir: string, level: CLevel): string | null {
  const exe = resolve(dir, `integrate-${level.id}`);
  try {
    execFileSync('gcc', [...level.flags, '-o', exe, resolve(import.meta.dirname, 'c/integrate.c'), '-lm']);
    return exe;
  } catch {
    return null;
  }
}

/** Parses the loop's output, "<integral> <seconds> <evaluations per second>". */
function parseRun(stdout: string): CRun {
  const [, seconds, rate] = stdout.trim().split(/\s+/).map(Number);
  if (!Number.isFinite(seconds) || !Number.isFinite(rate)) throw new Error(`unexpected output of the C loop: ${stdout}`);
  return { seconds: seconds!, evalsPerSecond: rate! };
}

/**
 * One run of binary `exe` on the n × n grid (n² evaluations), without blocking Node's event loop.
 * Rejects if the binary fails or prints something other than the loop's three numbers.
 */
export function runC(exe: string, n: number): Promise<CRun> {
  return new Promise((ok, fail) => execFile(exe, [String(n)], (error, stdout) => (error ? fail(error) : ok(parseRun(stdout)))));
}

/** The median run (by time) of 3 runs of `exe` on the n × n grid; null if `exe` is null. Rejects as {@link runC}. */
export async function medianRun(exe: string | null, n: number): Promise<CRun | null> {
  if (!exe) return null;
  const runs: CRun[] = [];
  for (let k = 0; k < 3; k++) runs.push(await runC(exe, n));
  runs.sort((a, b) => a.seconds - b.seconds);
  return runs[1]!;
}

/**
 * One round of the machine's own ceiling for a 2-worker speedup: binary `exe` on the n × n grid
 * run alone, then as two processes at the same time; 2 · T(alone) / T(slower of the two). 2.0 on
 * two free cores; less where the second core is shared (another tenant of the host, SMT). Rejects
 * as {@link runC}.
 */
export async function pairRound(exe: string, n: number): Promise<number> {
  const alone = await runC(exe, n);
  const both = await Promise.all([runC(exe, n), runC(exe, n)]);
  return (2 * alone.seconds) / Math.max(...both.map((b) => b.seconds));
}

/**
 * The machine's own ceiling for a 2-worker speedup ({@link pairRound}), the median of 3 rounds.
 * Null without the binary; rejects as {@link runC}.
 */
export async function pairSpeedup(exe: string | null, n: number): Promise<number | null> {
  if (!exe || !existsSync(exe)) return null;
  const ratios: number[] = [];
  for (let round = 0; round < 3; round++) ratios.push(await pairRound(exe, n));
  ratios.sort((a, b) => a - b);
  return ratios[1]!;
}
