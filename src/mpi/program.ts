/**
 * Turning a rank program into something a rank can run. A program is either source text (the body
 * of an async function, so a learner can edit it in the page) or a built-in function
 * `async (comm, env) => ...`. Names in scope for source programs: `comm`, `MPI`, `kernels`,
 * `print`, `console` (log/info/warn/error go to the rank's output) and `sleep(ms)`.
 *
 * Runs in a rank's thread (worker or Node test).
 */
import { ANY_SOURCE, ANY_TAG, PROC_NULL } from './constants.ts';
import { Comm, Request, Status } from './comm.ts';
import { integrate2dRows, combineInRankOrder, EXACT_INTEGRAL } from '../kernels/integrate2d.ts';
import { blockRows, decompose } from '../kernels/decomposition.ts';
import { samplePi, combineSamples, piEstimate, splitDarts } from '../kernels/monte-carlo-pi.ts';
import { generateText, sumAcfs, wordAcf, VOCABULARY } from './words.ts';

/** The `MPI` object in a program's scope, shaped like mpi4py's module. */
export const MPI = Object.freeze({
  ANY_SOURCE,
  ANY_TAG,
  PROC_NULL,
  SUM: 'SUM' as const,
  PROD: 'PROD' as const,
  MAX: 'MAX' as const,
  MIN: 'MIN' as const,
  Status,
  Request,
});

/** The kernels a rank program may call (pure functions from src/kernels and words.ts). */
export const kernels = Object.freeze({
  integrate2dRows,
  combineInRankOrder,
  EXACT_INTEGRAL,
  blockRows,
  decompose,
  samplePi,
  combineSamples,
  piEstimate,
  splitDarts,
  generateText,
  wordAcf,
  sumAcfs,
  VOCABULARY,
});

/** What a built-in program function receives besides `comm`. */
export interface ProgramEnv {
  MPI: typeof MPI;
  kernels: typeof kernels;
  print: (...args: unknown[]) => void;
  sleep: (ms: number) => Promise<void>;
}

/** A built-in rank program. */
export type RankProgram = (comm: Comm, env: ProgramEnv) => Promise<unknown>;

/** Lines the Function constructor puts before the body (`async function anonymous(...\n) {\n`). */
const HEADER_LINES = 2;

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;

/**
 * Compiles program source into a rank program.
 *
 * @throws SyntaxError (with the message of the JavaScript engine) when the source does not parse
 */
export function compileProgram(source: string): RankProgram {
  const fn = new AsyncFunction('comm', 'MPI', 'kernels', 'print', 'console', 'sleep', `"use strict";\n${source}`);
  return (comm, env) =>
    fn(comm, env.MPI, env.kernels, env.print, { log: env.print, info: env.print, warn: env.print, error: env.print }, env.sleep);
}

/**
 * Source text of a built-in program function, so it can be sent to a worker: the function must be
 * self-contained (use only its parameters `comm` and `env`, no variables from its module), like
 * a function a worker library serializes.
 */
export function functionToSource(program: RankProgram): string {
  return `return (${program.toString()})(comm, { MPI, kernels, print, sleep });`;
}

/**
 * Formats `print` arguments as Python's print does: joined by spaces, strings as they are, other
 * values as readable text (typed arrays and arrays in brackets, objects as JSON).
 */
export function formatPrintArgs(args: readonly unknown[]): string {
  return args.map((a) => formatValue(a)).join(' ');
}

function formatValue(a: unknown, depth = 0): string {
  if (typeof a === 'string') return depth === 0 ? a : JSON.stringify(a);
  if (typeof a === 'number' || typeof a === 'boolean' || typeof a === 'bigint' || a === undefined || a === null) return String(a);
  if (a instanceof Error) return `${a.name}: ${a.message}`;
  if (Array.isArray(a) || ArrayBuffer.isView(a)) {
    const items = Array.from(a as ArrayLike<unknown>);
    const shown = items.slice(0, 20).map((x) => formatValue(x, depth + 1));
    return `[${shown.join(', ')}${items.length > 20 ? `, … ${items.length - 20} more` : ''}]`;
  }
  try {
    return JSON.stringify(a);
  } catch {
    return String(a);
  }
}

/**
 * The line (1-based, in the program's source) an error was thrown at, from the engine's stack
 * trace, if it can be found (V8: `<anonymous>:LINE:COL` for code made by the Function constructor).
 */
export function errorLine(error: unknown): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const m = /<anonymous>:(\d+):\d+/.exec(stack);
  if (!m) return undefined;
  const line = Number(m[1]) - HEADER_LINES - 1; // minus the "use strict" line
  return line >= 1 ? line : undefined;
}
