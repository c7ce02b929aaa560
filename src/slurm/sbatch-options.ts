/**
 * The options `sbatch` accepts (Slurm 22.05, from `sbatch --help`, plus the hidden
 * `--ntasks-per-gpu` and `--ntasks-per-tres` its option parser also knows), which of them this
 * site models, and how a written option name is resolved as `getopt_long` resolves it: an exact
 * name, else a unique prefix (`--job` is `--job-name`), else ambiguous or unknown.
 *
 * Pure: any thread, and Node.
 */

/** The options the browser's one-node cluster models (the others are accepted and ignored). */
export const MODELLED_OPTIONS = ['job-name', 'ntasks', 'cpus-per-task', 'nodes', 'time', 'array', 'output', 'error'] as const;
/** A modelled option's long name. */
export type ModelledOption = (typeof MODELLED_OPTIONS)[number];

/** Whether an option takes a value: always, never, or optionally (`--exclusive[=user]`). */
export type ArgumentKind = 'required' | 'none' | 'optional';

/** Every long option of sbatch 22.05 and whether it takes a value. */
export const SBATCH_LONG_OPTIONS: Readonly<Record<string, ArgumentKind>> = {
  account: 'required', array: 'required', bb: 'required', bbf: 'required', begin: 'required', chdir: 'required',
  'cluster-constraint': 'required', clusters: 'required', comment: 'required', constraint: 'required', container: 'required',
  contiguous: 'none', 'core-spec': 'required', 'cores-per-socket': 'required', 'cpu-freq': 'required', 'cpus-per-gpu': 'required',
  'cpus-per-task': 'required', deadline: 'required', 'delay-boot': 'required', dependency: 'required', distribution: 'required',
  error: 'required', exclude: 'required', exclusive: 'optional', export: 'required', 'export-file': 'required',
  'get-user-env': 'optional', gid: 'required', 'gpu-bind': 'required', 'gpu-freq': 'required', gpus: 'required',
  'gpus-per-node': 'required', 'gpus-per-socket': 'required', 'gpus-per-task': 'required', gres: 'required', 'gres-flags': 'required',
  help: 'none', hold: 'none', 'ignore-pbs': 'none', input: 'required', 'job-name': 'required', licenses: 'required',
  'mail-type': 'required', 'mail-user': 'required', 'mcs-label': 'required', mem: 'required', 'mem-per-cpu': 'required',
  'mem-per-gpu': 'required', mincpus: 'required', nice: 'optional', 'no-kill': 'optional', 'no-requeue': 'none', nodefile: 'required',
  nodelist: 'required', nodes: 'required', ntasks: 'required', 'ntasks-per-core': 'required', 'ntasks-per-gpu': 'required',
  'ntasks-per-node': 'required', 'ntasks-per-socket': 'required', 'ntasks-per-tres': 'required', output: 'required',
  overcommit: 'none', oversubscribe: 'none', parsable: 'none', partition: 'required', power: 'required', priority: 'required',
  profile: 'required', propagate: 'optional', qos: 'required', quiet: 'none', reboot: 'none', requeue: 'none',
  reservation: 'required', signal: 'required', 'sockets-per-node': 'required', 'spread-job': 'none', switches: 'required',
  'thread-spec': 'required', 'threads-per-core': 'required', time: 'required', 'time-min': 'required', tmp: 'required',
  uid: 'required', usage: 'none', 'use-min-nodes': 'none', verbose: 'none', version: 'none', wait: 'none', wckey: 'required',
  wrap: 'required',
};

/** The one-letter options of sbatch and their long names. */
export const SBATCH_SHORT_OPTIONS: Readonly<Record<string, string>> = {
  a: 'array', A: 'account', b: 'begin', c: 'cpus-per-task', C: 'constraint', d: 'dependency', D: 'chdir', e: 'error',
  F: 'nodefile', G: 'gpus', h: 'help', H: 'hold', i: 'input', J: 'job-name', k: 'no-kill', L: 'licenses', m: 'distribution',
  M: 'clusters', n: 'ntasks', N: 'nodes', o: 'output', O: 'overcommit', p: 'partition', q: 'qos', Q: 'quiet',
  s: 'oversubscribe', S: 'core-spec', t: 'time', v: 'verbose', V: 'version', w: 'nodelist', W: 'wait', x: 'exclude',
};

/** Options that make no sense inside a batch script (they print and exit, or change sbatch's own output). */
const NOT_IN_SCRIPTS = new Set(['help', 'usage', 'version', 'wrap', 'parsable']);

/** How a written long option name resolved. */
export type OptionLookup =
  | { kind: 'exact' | 'prefix'; name: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; suggestion: string | undefined };

/**
 * Resolves a long option as sbatch's `getopt_long` does: an exact name wins, else a prefix of
 * exactly one option is that option, else it is ambiguous (several) or unrecognized (none).
 * For an unknown name, the closest option by edit distance (at most 2 edits) is suggested.
 *
 * @param written the name without its dashes and without `=value`, e.g. `ntasks`
 */
export function lookupLongOption(written: string): OptionLookup {
  if (written in SBATCH_LONG_OPTIONS) return { kind: 'exact', name: written };
  const candidates = Object.keys(SBATCH_LONG_OPTIONS).filter((name) => name.startsWith(written));
  if (written.length > 0 && candidates.length === 1) return { kind: 'prefix', name: candidates[0]! };
  if (written.length > 0 && candidates.length > 1) return { kind: 'ambiguous', candidates };
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of Object.keys(SBATCH_LONG_OPTIONS)) {
    const d = editDistance(written, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return { kind: 'unknown', suggestion: best };
}

/** Whether `name` is an option sbatch refuses or ignores inside a script (`--help`, `--wrap`, …). */
export function isCommandLineOnly(name: string): boolean {
  return NOT_IN_SCRIPTS.has(name);
}

/** Whether the browser models `name` (see {@link MODELLED_OPTIONS}). */
export function isModelled(name: string): name is ModelledOption {
  return (MODELLED_OPTIONS as readonly string[]).includes(name);
}

/** Levenshtein distance between two short strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
