/**
 * Turning the learner's source text into callable functions, and errors back into editor lines.
 *
 * Learner code is plain JavaScript (ES2022, no imports). It is compiled with `new Function`, with
 * the learner API passed as parameters, and tagged with a `//# sourceURL` so that stack frames
 * from it can be recognised. The number of lines the engine puts before the body is measured
 * once with a probe rather than assumed, so the mapping holds in Chromium, Firefox and Node.
 *
 * Runs in the learner worker and in Node tests (no DOM).
 */

/** Names under which learner code sees the runtime API. */
export const LEARNER_GLOBALS = ['parallelMap', 'runWorkers', 'runRanks', 'mpirun', 'cores'] as const;

/** The sourceURL given to learner code, so its frames can be found in stack traces. */
export const LEARNER_SOURCE_URL = 'learner-code.js';

/** The JavaScript identifier pattern export names must match. */
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Extracts the line of the first stack frame that belongs to `sourceUrl`, in the engine's
 * numbering of the generated function (Chromium/Node "name.js:12:5", Firefox "name.js:12:5" or
 * "line 3 > Function:12:5").
 *
 * @returns the 1-based generated line, or undefined when no frame matches
 */
export function frameLine(stack: string | undefined, sourceUrl: string): number | undefined {
  if (!stack) return undefined;
  const escaped = sourceUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+):\\d+`).exec(stack);
  return m ? Number(m[1]) : undefined;
}

/**
 * Lines the engine adds before the body of `new Function(...params, body)`, measured with a
 * probe that throws on its first line.
 */
export function measureBodyOffset(params: readonly string[], sourceUrl: string): number {
  try {
    new Function(...params, `throw new Error('probe');\n//# sourceURL=${sourceUrl}`)();
  } catch (error) {
    const line = frameLine((error as Error).stack, sourceUrl);
    if (line !== undefined) return line - 1;
  }
  return 2; // V8 and SpiderMonkey both use two header lines today
}

/** Learner code compiled into a function that, when called with the API, defines everything. */
export interface CompiledLearnerCode {
  /** Runs the top level of the learner's code; resolves the named functions (undefined when missing). */
  instantiate(api: Record<(typeof LEARNER_GLOBALS)[number], unknown>): Record<string, unknown>;
  /** Maps an error thrown by learner code to its 1-based line in the editor, if its stack shows one. */
  lineOf(error: unknown): number | undefined;
}

/**
 * Compiles learner source. A syntax error throws here (a SyntaxError; engines do not report its
 * line for `new Function`, so the editor finds it with its own parser, see syntax-error.ts).
 *
 * @param source the learner's code
 * @param exportNames the functions the checks need, e.g. `['rowBounds', 'main']`
 * @throws SyntaxError on a syntax error; Error on an export name that is not an identifier
 */
export function compileLearnerCode(source: string, exportNames: readonly string[]): CompiledLearnerCode {
  for (const name of exportNames) {
    if (!IDENTIFIER.test(name)) throw new Error(`export name "${name}" is not a JavaScript identifier`);
  }
  const collect = exportNames.map((n) => `${JSON.stringify(n)}: typeof ${n} === 'undefined' ? undefined : ${n}`).join(', ');
  // "use strict" shares line 1 with the learner's first line, so line numbers are unchanged.
  const body = `"use strict";${source}\n;return { ${collect} };\n//# sourceURL=${LEARNER_SOURCE_URL}`;
  const factory = new Function(...LEARNER_GLOBALS, body) as (...api: unknown[]) => Record<string, unknown>;
  const offset = measureBodyOffset(LEARNER_GLOBALS, `${LEARNER_SOURCE_URL.replace('.js', '')}-probe.js`);
  const lines = source.split('\n').length;
  return {
    instantiate: (api) => factory(...LEARNER_GLOBALS.map((name) => api[name])),
    lineOf(error) {
      const line = frameLine(error instanceof Error ? error.stack : undefined, LEARNER_SOURCE_URL);
      if (line === undefined) return undefined;
      const editorLine = line - offset;
      return editorLine >= 1 && editorLine <= lines ? editorLine : undefined;
    },
  };
}

/**
 * The 1-based line at which `fnSource` (a function's `toString()`) starts inside `source`, or
 * undefined when the text does not occur there (e.g. a function built at run time).
 */
export function lineOfFunction(source: string, fnSource: string): number | undefined {
  const at = source.indexOf(fnSource);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = 0; i < at; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** "TypeError: x is not a function", for anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const e = error as { name?: unknown; message: unknown };
    return `${typeof e.name === 'string' ? e.name : 'Error'}: ${String(e.message)}`;
  }
  return `Uncaught ${typeof error === 'string' ? JSON.stringify(error) : String(error)}`;
}
