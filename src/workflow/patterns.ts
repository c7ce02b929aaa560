/**
 * Snakemake-style file patterns with `{wildcard}` placeholders: matching a file name against an
 * output pattern (which fixes the wildcards), filling a pattern from known wildcards, and
 * `expand()` over lists of values. Semantics follow Snakemake's: a wildcard matches one or more
 * characters (`.+`, greedy), a name used twice in one pattern must take the same value, and
 * `expand` forms the product of the value lists.
 *
 * Pure: any thread, and Node.
 */

/** Values of the wildcards of one job, e.g. `{ book: 'book01' }`. */
export type Wildcards = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The wildcard names of `pattern`, in order of first appearance: `"a/{x}_{y}.txt"` → `["x", "y"]`. */
export function wildcardNames(pattern: string): string[] {
  const names: string[] = [];
  for (const m of pattern.matchAll(PLACEHOLDER)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches `file` against the output pattern `pattern` and returns the wildcard values, or null
 * when it does not match. A wildcard matches one or more characters, excluding nothing (as in
 * Snakemake, where `{book}` may even contain `/`); the same name twice must match the same text.
 */
export function matchPattern(pattern: string, file: string): Wildcards | null {
  const names: string[] = [];
  let source = '^';
  let last = 0;
  for (const m of pattern.matchAll(PLACEHOLDER)) {
    source += escapeRegex(pattern.slice(last, m.index));
    const name = m[1]!;
    const seen = names.indexOf(name);
    if (seen >= 0) source += `\\${seen + 1}`;
    else {
      names.push(name);
      source += '(.+)';
    }
    last = m.index + m[0].length;
  }
  source += `${escapeRegex(pattern.slice(last))}$`;
  const found = new RegExp(source).exec(file);
  if (!found) return null;
  return Object.fromEntries(names.map((n, i) => [n, found[i + 1]!]));
}

/**
 * `pattern` with every `{name}` replaced by its value in `wildcards`.
 *
 * @throws Error naming the wildcard when a value is missing (`where` names the rule for the message)
 */
export function fillPattern(pattern: string, wildcards: Wildcards, where = 'a pattern'): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => {
    const value = wildcards[name];
    if (value === undefined) {
      throw new Error(`Wildcard {${name}} in "${pattern}" of ${where} is not set by the output. Every wildcard of an input must appear in the output files.`);
    }
    return value;
  });
}

/**
 * Snakemake's `expand("processed_data/{book}.dat", book=BOOKS)`: one file per combination of the
 * values (the product, the first list varying slowest), in order.
 *
 * @throws Error when the pattern uses a wildcard that has no list of values
 */
export function expand(pattern: string, values: Readonly<Record<string, readonly string[]>>): string[] {
  let combos: Record<string, string>[] = [{}];
  for (const name of wildcardNames(pattern)) {
    const list = values[name];
    if (!list) throw new Error(`expand("${pattern}") has no values for {${name}}.`);
    combos = combos.flatMap((c) => list.map((v) => ({ ...c, [name]: v })));
  }
  return combos.map((c) => fillPattern(pattern, c));
}
