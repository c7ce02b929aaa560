/**
 * What the browser's one-node cluster can run of a batch script's commands: the lesson's Python
 * programs (`python3 integrate_job.py --n 3000 --workers 4`, with or without `srun`), `echo`,
 * `sleep`, `hostname`, `export NAME=value`, and `module load` (accepted, not modelled). Shell
 * variables are expanded first as bash does for the simple forms (`$NAME`, `${NAME}`,
 * `${NAME:-default}`; unset is empty), so `--workers $SLURM_CPUS_PER_TASK` reads the allocation.
 * Anything else is skipped with a message at its line.
 *
 * Pure: any thread, and Node.
 */
import type { BodyLine, ScriptMessage } from './parse-script.ts';

/** The programs of the lesson the browser runs, by file name. */
export const BROWSER_PROGRAMS = ['integrate_job.py', 'where_am_i.py'] as const;
/** A program the browser runs. */
export type BrowserProgram = (typeof BROWSER_PROGRAMS)[number];

/** One command of the job, after variable expansion. */
export type JobCommand =
  | { kind: 'python'; line: number; program: string; args: string[]; srun: boolean }
  | { kind: 'echo'; line: number; text: string }
  | { kind: 'sleep'; line: number; seconds: number }
  | { kind: 'hostname'; line: number }
  | { kind: 'export'; line: number; name: string; value: string }
  | { kind: 'module'; line: number; text: string }
  | { kind: 'skip'; line: number; text: string };

/**
 * Expands `$NAME`, `${NAME}` and `${NAME:-default}` with `env` (unset: empty, as bash).
 * Single-quoted text is left as it is.
 */
export function expandVariables(text: string, env: Readonly<Record<string, string>>): string {
  let out = '';
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") single = !single;
    if (single || ch !== '$') {
      out += ch;
      continue;
    }
    const rest = text.slice(i + 1);
    const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/.exec(rest);
    const plain = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (braced) {
      const value = env[braced[1]!];
      out += value === undefined || value === '' ? (braced[2] ?? '') : value;
      i += braced[0].length;
    } else if (plain) {
      out += env[plain[0]] ?? '';
      i += plain[0].length;
    } else out += ch;
  }
  return out;
}

/** Splits a command line into words: spaces separate, quotes group, a `#` starting a word begins a comment. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (ch === '#' && !inWord) break;
    else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

const PYTHON = /^(?:\S*\/)?python3?$/;

/**
 * Reads one body line into a command, expanding variables with `env` as it stands when the line
 * runs (an `export` earlier in the script is visible). Never throws.
 */
export function readCommand(body: BodyLine, env: Readonly<Record<string, string>>): JobCommand {
  const words = shellWords(expandVariables(body.text, env));
  const line = body.line;
  const [first = '', ...rest] = words;
  if (first === 'echo') return { kind: 'echo', line, text: rest.join(' ') };
  if (first === 'hostname') return { kind: 'hostname', line };
  if (first === 'sleep' && rest.length === 1 && /^\d+(\.\d+)?$/.test(rest[0]!)) return { kind: 'sleep', line, seconds: Number(rest[0]) };
  if (first === 'export' && rest.length === 1 && /^[A-Za-z_]\w*=/.test(rest[0]!)) {
    const eq = rest[0]!.indexOf('=');
    return { kind: 'export', line, name: rest[0]!.slice(0, eq), value: rest[0]!.slice(eq + 1) };
  }
  if (first === 'module' || first === 'ml' || first === 'source') return { kind: 'module', line, text: words.join(' ') };
  const srun = first === 'srun';
  let from = 0;
  if (srun) {
    // srun's own options come before the program: -n 2, -n2, --ntasks=2, --exclusive.
    from = 1;
    while (from < words.length && words[from]!.startsWith('-')) from += /^-[A-Za-z]$/.test(words[from]!) ? 2 : 1;
  }
  const [command = '', program = '', ...args] = words.slice(from);
  if (PYTHON.test(command) && program.endsWith('.py')) return { kind: 'python', line, program, args, srun };
  return { kind: 'skip', line, text: body.text.trim() };
}

/**
 * Messages for the commands the browser will skip or cannot run, found before the job is
 * submitted (variables are not expanded yet, so only the command words are looked at).
 */
export function commandMessages(body: readonly BodyLine[]): ScriptMessage[] {
  const messages: ScriptMessage[] = [];
  for (const b of body) {
    const c = readCommand(b, {});
    if (c.kind === 'skip') {
      messages.push({ line: b.line, severity: 'note', text: 'Runs on a real cluster; the browser skips it (it runs python3 with this lesson’s programs, srun, echo, sleep, hostname, export and module).' });
    } else if (c.kind === 'python' && !(BROWSER_PROGRAMS as readonly string[]).includes(c.program)) {
      messages.push({ line: b.line, severity: 'warning', text: `The browser has no ${c.program}: it runs ${BROWSER_PROGRAMS.join(' and ')} (the lesson’s programs). This line will fail as python3 does for a missing file.` });
    } else if (c.kind === 'module') {
      messages.push({ line: b.line, severity: 'note', text: 'Loads software on a real cluster; in the browser the programs are already there.' });
    }
  }
  return messages;
}
