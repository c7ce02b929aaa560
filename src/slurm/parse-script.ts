/**
 * Reads a batch script as `sbatch` does: the `#!` line, then the `#SBATCH` lines up to the first
 * command, each option resolved as sbatch's option parser resolves it and the values of the
 * options this site models checked as sbatch checks them; every problem is a message at its line.
 * What the script then runs (the lines after the directives) is kept, with line numbers, for
 * src/slurm/job-commands.ts.
 *
 * Sources: the sbatch manual page (options, "sbatch will stop processing further #SBATCH
 * directives once the first non-comment non-whitespace line has been reached"); the messages and
 * which values are refused were compared with real sbatch 22.05 (cluster/lesson-batch.test.ts
 * submits the same scripts to a real Slurm with --test-only).
 *
 * Pure: any thread, and Node.
 */
import { parseArraySpec, type ArraySpec } from './job-array.ts';
import { isModelled, lookupLongOption, SBATCH_LONG_OPTIONS, SBATCH_SHORT_OPTIONS, type ModelledOption } from './sbatch-options.ts';
import { parseTimeLimit } from './time-limit.ts';

/** How serious a message is: an error stops the submission, as sbatch would refuse it. */
export type Severity = 'error' | 'warning' | 'note';

/** A message about one line of the script (1-based). */
export interface ScriptMessage {
  line: number;
  severity: Severity;
  text: string;
}

/** A node count or range, `--nodes=1` or `--nodes=1-2`. */
export interface NodeRange {
  min: number;
  max: number;
}

/** What the script's directives ask for (null: not given, the default applies). */
export interface JobRequest {
  jobName: string | null;
  ntasks: number | null;
  cpusPerTask: number | null;
  nodes: NodeRange | null;
  /** The time limit in minutes; null for INFINITE; undefined when not given. */
  timeMinutes: number | null | undefined;
  array: ArraySpec | null;
  output: string | null;
  error: string | null;
  /** Options accepted but not modelled here (`--mem`, `--account`, …), with their lines. */
  unmodelled: { line: number; option: string; value: string | undefined }[];
}

/** A line the job runs (after the directives). */
export interface BodyLine {
  line: number;
  text: string;
}

/** A read batch script. */
export interface ParsedScript {
  /** True when no message is an error (sbatch would accept the script). */
  ok: boolean;
  request: JobRequest;
  messages: ScriptMessage[];
  /** The interpreter of the `#!` line, e.g. `/bin/bash`. */
  interpreter: string;
  /** The lines after the directives, comments and blank lines left out. */
  body: BodyLine[];
}

/** Splits the text after `#SBATCH` into words as sbatch does: quotes group, an unquoted `#` starts a comment. */
export function directiveWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (ch === '#' && !inWord) {
      break;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function emptyRequest(): JobRequest {
  return { jobName: null, ntasks: null, cpusPerTask: null, nodes: null, timeMinutes: undefined, array: null, output: null, error: null, unmodelled: [] };
}

/** Checks a modelled option's value and stores it; returns an error message or undefined. */
function applyModelled(request: JobRequest, option: ModelledOption, value: string): string | undefined {
  switch (option) {
    case 'ntasks':
    case 'cpus-per-task': {
      if (!/^\d+$/.test(value) || Number(value) < 1) return `Invalid numeric value "${value}" for --${option}: it takes a whole number of at least 1.`;
      if (option === 'ntasks') request.ntasks = Number(value);
      else request.cpusPerTask = Number(value);
      return undefined;
    }
    case 'nodes': {
      const m = /^(\d+)(?:-(\d+))?$/.exec(value);
      const min = m ? Number(m[1]) : NaN;
      const max = m?.[2] !== undefined ? Number(m[2]) : min;
      if (!m || min < 1 || max < min) return `Invalid node count specification "${value}": write a number of nodes, or min-max.`;
      request.nodes = { min, max };
      return undefined;
    }
    case 'time': {
      const t = parseTimeLimit(value);
      if (!t.ok) return t.error;
      request.timeMinutes = t.minutes;
      return undefined;
    }
    case 'array': {
      const a = parseArraySpec(value);
      if (!a.ok) return a.error;
      request.array = a.value;
      return undefined;
    }
    case 'job-name':
      request.jobName = value;
      return undefined;
    case 'output':
      request.output = value;
      return undefined;
    case 'error':
      request.error = value;
      return undefined;
  }
}

/**
 * Reads the options of one `#SBATCH` line into `request`, adding a message per problem.
 * @param seen the line each modelled option was last given on (for "given again" notes)
 */
function readDirective(words: string[], line: number, request: JobRequest, messages: ScriptMessage[], seen: Map<string, number>): void {
  const error = (text: string) => messages.push({ line, severity: 'error', text });
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let name: string;
    let value: string | undefined;
    let shown: string;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const written = eq >= 0 ? word.slice(2, eq) : word.slice(2);
      const inline = eq >= 0 ? word.slice(eq + 1) : undefined;
      const found = lookupLongOption(written);
      if (found.kind === 'ambiguous') {
        error(`--${written} is ambiguous: sbatch could read it as ${found.candidates.map((c) => `--${c}`).join(', ')}. Write the option in full.`);
        return;
      }
      if (found.kind === 'unknown') {
        error(`--${written} is not an sbatch option${found.suggestion ? `; did you mean --${found.suggestion}?` : '.'}`);
        return;
      }
      name = found.name;
      shown = `--${name}`;
      if (found.kind === 'prefix') messages.push({ line, severity: 'note', text: `--${written} is short for --${name}: sbatch accepts it, but write the option in full.` });
      const kind = SBATCH_LONG_OPTIONS[name]!;
      if (kind === 'none' && inline !== undefined) {
        error(`--${name} takes no value (remove "=${inline}").`);
        return;
      }
      if (kind === 'required' && inline === undefined) {
        value = words[i + 1];
        if (value === undefined) {
          error(`--${name} needs a value, as in --${name}=… on the same line.`);
          return;
        }
        i++;
      } else value = inline;
    } else if (word.startsWith('-') && word.length >= 2) {
      const letter = word[1]!;
      const long = SBATCH_SHORT_OPTIONS[letter];
      if (!long) {
        error(`-${letter} is not an sbatch option.`);
        return;
      }
      name = long;
      shown = `-${letter}`;
      const kind = SBATCH_LONG_OPTIONS[name]!;
      if (kind === 'required') {
        value = word.length > 2 ? word.slice(2) : words[i + 1];
        if (value === undefined) {
          error(`-${letter} (--${name}) needs a value, as in -${letter} 4.`);
          return;
        }
        if (word.length === 2) i++;
      } else value = word.length > 2 ? word.slice(2) : undefined;
    } else {
      error(`"${word}" is not an option: #SBATCH lines hold options such as --ntasks=4 (a comment after them starts with #).`);
      return;
    }
    if (!isModelled(name)) {
      request.unmodelled.push({ line, option: name, value });
      continue;
    }
    const problem = applyModelled(request, name, value ?? '');
    if (problem) {
      error(shown === `--${name}` ? problem : problem.replace(`--${name}`, `${shown} (--${name})`));
      continue;
    }
    const before = seen.get(name);
    if (before !== undefined) messages.push({ line, severity: 'note', text: `--${name} was given on line ${before} too: the last one counts.` });
    seen.set(name, line);
  }
}

/**
 * Reads a batch script. Never throws: every problem is a message at its line, and `ok` says
 * whether sbatch would accept the script (no errors).
 *
 * @param text the script, lines separated by `\n`
 */
export function parseBatchScript(text: string): ParsedScript {
  const messages: ScriptMessage[] = [];
  const request = emptyRequest();
  const body: BodyLine[] = [];
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  let interpreter = '';
  if (text.includes('\r')) {
    const at = lines.findIndex((l) => l.includes('\r'));
    messages.push({ line: at + 1, severity: 'error', text: 'The script has DOS line breaks (\\r\\n), which sbatch refuses: save it with Unix line ends (dos2unix).' });
  }
  if (!first.startsWith('#!')) {
    messages.push({ line: 1, severity: 'error', text: 'This does not look like a batch script: the first line must start with #! and the path of an interpreter, e.g. #!/bin/bash.' });
  } else interpreter = first.slice(2).trim().split(/\s+/)[0] ?? '';
  const seen = new Map<string, number>();
  let firstCommand = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const textLine = raw.replace(/\r$/, '');
    if (line === 1 && textLine.startsWith('#!')) return;
    const trimmed = textLine.trim();
    if (/^#SBATCH(\s|$)/.test(textLine)) {
      if (firstCommand > 0) {
        messages.push({ line, severity: 'warning', text: `Ignored: sbatch stops reading #SBATCH lines at the first command (line ${firstCommand}). Move this line up.` });
        return;
      }
      const words = directiveWords(textLine.slice('#SBATCH'.length));
      if (words.length === 0) messages.push({ line, severity: 'note', text: 'An #SBATCH line without options does nothing.' });
      readDirective(words, line, request, messages, seen);
      return;
    }
    if (/^#\s*sbatch\b/i.test(trimmed) && firstCommand === 0) {
      messages.push({ line, severity: 'warning', text: 'To sbatch this is a plain comment: a directive is #SBATCH in capitals at the very start of the line, with no space after #.' });
      return;
    }
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (firstCommand === 0) firstCommand = line;
    body.push({ line, text: textLine });
  });
  if (body.length === 0 && messages.every((m) => m.severity !== 'error')) {
    messages.push({ line: lines.length, severity: 'warning', text: 'The script runs no command: the job will start and end at once.' });
  }
  messages.sort((a, b) => a.line - b.line);
  return { ok: messages.every((m) => m.severity !== 'error'), request, messages, interpreter, body };
}
