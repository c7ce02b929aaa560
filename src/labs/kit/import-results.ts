/**
 * "Add results from a file": reading results files (the lab kit's own `Download JSON`, or the
 * JSON the cluster export's Python program writes, both in the schema of ./export-schema.ts) into
 * series a lab can chart beside the browser's own.
 *
 * For each file: validate it with {@link parseLabExport}; check it was measured by this lab
 * (`lab.id`) and is comparable with the results already shown (the lab's {@link ImportRules}
 * say which settings must agree: for the speedup lab the kernel and its parameters, so the same
 * problem was timed); then derive its series: a machine label, where it was measured (a browser
 * or a program outside one), and the median wall time, speedup S(p) = T(1) / T(p) and efficiency
 * E(p) = S(p) / p per worker count from its timed runs (not from its summary, so a file's own
 * table cannot disagree with its runs). Every refused file gets a message naming the file and
 * what is wrong; refusing one never drops a file already imported.
 *
 * Pure: any thread, and Node.
 */
import { median } from '../../measure/stats.ts';
import { parseLabExport, type LabExport } from './export-schema.ts';
import { formatCount, formatRatio, plural } from './format.ts';

/** A results file as read from disk. */
export interface ResultsFileText {
  /** File name, for messages ("laptop.json"). */
  name: string;
  /** Its contents. */
  text: string;
}

/** Where a series was measured. */
export type MeasuredIn = 'browser' | 'cluster';

/** One worker count of an imported series. */
export interface ImportedPoint {
  /** Workers p. */
  workers: number;
  /** Median wall time of the timed runs on p workers (ms). */
  medianMs: number;
  /** S(p) = T(1) / T(p) of medians. */
  speedup: number;
  /** E(p) = S(p) / p. */
  efficiency: number;
  /** Timed runs behind the median. */
  runs: number;
}

/** An imported file as a series to chart and tabulate. */
export interface ImportedSeries {
  /** Unique key of this import (stable while it is shown). */
  id: string;
  /** The file it came from. */
  fileName: string;
  /** Machine label: `environment.machine`, else one built from the user agent and cores. */
  label: string;
  /** Cores the file reports, or null when unknown. */
  cores: number | null;
  /** A browser (the lab kit's export) or a program outside one (the cluster export). */
  measuredIn: MeasuredIn;
  /** When it was exported (ISO 8601, as in the file). */
  date: string;
  /** The settings of the file, as text. */
  settings: Record<string, string>;
  /** The settings that must agree for results to be comparable, by name (normalised text). */
  key: ComparisonKey;
  /** One point per worker count, ascending. */
  points: ImportedPoint[];
  /** The point with the highest speedup. */
  best: ImportedPoint;
  /** Identity of the measurement (date, machine and every run's time), to spot a file added twice. */
  signature: string;
}

/** The settings two results must share to be compared, by setting name, as normalised text. */
export type ComparisonKey = Record<string, string>;

/** What a lab says about the files it accepts. */
export interface ImportRules {
  /** The lab's id: a file's `lab.id` must equal it. */
  labId: string;
  /** The lab's title, for messages. */
  labTitle: string;
  /**
   * The comparison key of a file's settings (e.g. kernel and n), or a message naming the setting
   * that is missing or invalid. Must not throw.
   */
  comparisonKey: (settings: Record<string, string>) => { ok: true; key: ComparisonKey } | { ok: false; error: string };
  /**
   * The points of a (valid, comparable) file, when the lab's speedup is not T(1) / T(p) of the
   * runs' medians ({@link pointsFromRuns}, the default): the scaling lab's weak scaling charts the
   * scaled speedup, from the runs' serial and parallel phases. Must not throw.
   */
  points?: (data: LabExport) => { ok: true; points: ImportedPoint[] } | { ok: false; error: string };
}

/** The outcome of one file. */
export interface FileMessage {
  /** The file's name. */
  file: string;
  /** Whether it was added. */
  ok: boolean;
  /** What happened: "added: cluster node, 3 worker counts" or what is wrong. */
  text: string;
}

/** Largest file read (bytes of text): a results file of the labs' limits is far smaller. */
export const MAX_RESULTS_FILE_CHARS = 5_000_000;

/**
 * How `key` differs from `reference`, in words ("n is 2000 here, 1000 in the results shown"),
 * or null when they agree on every setting either names.
 */
export function keyDifference(key: ComparisonKey, reference: ComparisonKey): string | null {
  const names = [...new Set([...Object.keys(reference), ...Object.keys(key)])];
  const diffs = names
    .filter((n) => key[n] !== reference[n])
    .map((n) => `${n} is ${key[n] === undefined ? 'missing' : `${key[n]}`} here, ${reference[n] === undefined ? 'not set' : reference[n]} in the results shown`);
  return diffs.length === 0 ? null : diffs.join('; ');
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/**
 * The label of a file's machine: `environment.machine` when it names one; else, for a browser's
 * user agent, "Chrome on Linux", and for a machine description (the cluster export), its first
 * 40 characters; followed by the cores when known ("Chrome on Linux, 8 cores").
 */
export function machineLabel(environment: LabExport['environment']): string {
  const named = environment.machine?.trim();
  if (named) return named;
  const ua = environment.userAgent.trim();
  let base: string;
  if (/^Mozilla\/\d/.test(ua)) {
    const browser = BROWSERS.find(([re]) => re.test(ua))?.[1] ?? 'A browser';
    const system = SYSTEMS.find(([re]) => re.test(ua))?.[1];
    base = system ? `${browser} on ${system}` : browser;
  } else base = ua.length === 0 ? 'unknown machine' : ua.length > 40 ? `${ua.slice(0, 39)}…` : ua;
  return environment.cores ? `${base}, ${plural(environment.cores, 'core')}` : base;
}

/**
 * Where a file was measured: `browser` when `environment.crossOriginIsolated` is a boolean (the
 * lab kit's export), `cluster` when it is null (the schema's value outside a browser, as the
 * cluster export's Python program writes).
 */
export function measuredIn(environment: LabExport['environment']): MeasuredIn {
  return environment.crossOriginIsolated === null ? 'cluster' : 'browser';
}

/**
 * Median time, speedup and efficiency per worker count from a file's timed runs.
 *
 * @returns the points, ascending by workers, or a message: a run without `workers`, or no
 *   1-worker runs (the baseline of speedup)
 */
export function pointsFromRuns(runs: LabExport['runs']): { ok: true; points: ImportedPoint[] } | { ok: false; error: string } {
  if (runs.length === 0) return { ok: false, error: 'it holds no timed runs (runs is empty)' };
  const byWorkers = new Map<number, number[]>();
  for (const [i, run] of runs.entries()) {
    if (run.workers === undefined) return { ok: false, error: `runs.${i} ("${run.series}") has no workers count` };
    const list = byWorkers.get(run.workers) ?? [];
    list.push(run.ms);
    byWorkers.set(run.workers, list);
  }
  const one = byWorkers.get(1);
  if (!one) return { ok: false, error: 'it has no runs on 1 worker, the baseline of speedup' };
  const t1 = median(one);
  const points = [...byWorkers.entries()]
    .sort(([a], [b]) => a - b)
    .map(([workers, ms]): ImportedPoint => {
      const t = median(ms);
      const s = t > 0 ? t1 / t : Number.NaN;
      return { workers, medianMs: t, speedup: s, efficiency: s / workers, runs: ms.length };
    });
  if (points.some((p) => !Number.isFinite(p.speedup))) return { ok: false, error: 'a median time is 0 ms, so its speedup is undefined' };
  return { ok: true, points };
}

/**
 * One file as a series, or a message naming what is wrong (without the file name).
 *
 * @param id the key the series gets
 */
export function seriesFromFile(file: ResultsFileText, rules: ImportRules, id: string): { ok: true; series: ImportedSeries } | { ok: false; error: string } {
  if (file.text.length > MAX_RESULTS_FILE_CHARS) return { ok: false, error: `it is ${formatCount(file.text.length)} characters long, too large for a results file` };
  const parsed = parseLabExport(file.text);
  if (!parsed.ok) {
    return { ok: false, error: parsed.error.startsWith('Not JSON') ? `it is not JSON (${parsed.error.replace(/^Not JSON: /, '')})` : `it is not a Parallel Lab results file: ${parsed.error}` };
  }
  const data = parsed.value;
  if (data.lab.id !== rules.labId) return { ok: false, error: `it holds results of another lab ("${data.lab.title || data.lab.id}", lab.id "${data.lab.id}"), not the ${rules.labTitle}` };
  const key = rules.comparisonKey(data.settings);
  if (!key.ok) return { ok: false, error: key.error };
  const points = rules.points ? rules.points(data) : pointsFromRuns(data.runs);
  if (!points.ok) return { ok: false, error: points.error };
  const best = points.points.reduce((a, b) => (b.speedup > a.speedup ? b : a));
  const label = machineLabel(data.environment);
  return {
    ok: true,
    series: {
      id,
      fileName: file.name,
      label,
      cores: data.environment.cores,
      measuredIn: measuredIn(data.environment),
      date: data.environment.date,
      settings: data.settings,
      key: key.key,
      points: points.points,
      best,
      signature: `${JSON.stringify(key.key)}|${data.environment.date}|${label}|${data.runs.map((r) => `${r.workers}:${r.ms}`).join(',')}`,
    },
  };
}

/** What {@link importResultFiles} compares against and adds to. */
export interface ImportContext {
  /** The series imported so far (kept whatever happens to the new files). */
  existing: readonly ImportedSeries[];
  /**
   * The comparison key of the results shown (the browser's sweep), or null when the page shows
   * none: then the first series (imported before, or in this batch) sets it.
   */
  reference: ComparisonKey | null;
  /** Makes a new series id (default: "import-1", "import-2", … after the existing ones). */
  nextId?: () => string;
}

/**
 * Imports a batch of files (an instructor may drop a whole class's at once): each is validated,
 * checked against this lab and the results shown, and turned into a series; a file that fails
 * gets a message naming it and what is wrong, and the others are still added. A file whose
 * measurement is already shown (the same file added twice) is refused too. Files are taken in
 * the order given.
 *
 * @returns the series to add (not including `existing`) and one message per file, in order
 */
export function importResultFiles(files: readonly ResultsFileText[], rules: ImportRules, context: ImportContext): { added: ImportedSeries[]; messages: FileMessage[] } {
  const added: ImportedSeries[] = [];
  const messages: FileMessage[] = [];
  let counter = context.existing.length;
  const nextId = context.nextId ?? (() => `import-${++counter}`);
  for (const file of files) {
    const all = [...context.existing, ...added];
    const r = seriesFromFile(file, rules, nextId());
    if (!r.ok) {
      messages.push({ file: file.name, ok: false, text: `${file.name} was not added: ${r.error}.` });
      continue;
    }
    const s = r.series;
    const reference = context.reference ?? all[0]?.key ?? null;
    const diff = reference ? keyDifference(s.key, reference) : null;
    if (diff) {
      messages.push({ file: file.name, ok: false, text: `${file.name} was not added: it measured another problem, so its speedup is not comparable (${diff}).` });
      continue;
    }
    const twin = all.find((e) => e.signature === s.signature);
    if (twin) {
      messages.push({ file: file.name, ok: false, text: `${file.name} was not added: it holds the same measurement as ${twin.fileName}, already shown.` });
      continue;
    }
    added.push(s);
    messages.push({
      file: file.name,
      ok: true,
      text: `${file.name} added: ${s.label} (${s.measuredIn}), ${plural(s.points.length, 'worker count')}, best speedup ${formatRatio(s.best.speedup)} on ${plural(s.best.workers, 'worker')}.`,
    });
  }
  return { added, messages };
}

/**
 * Splits the imported series into those comparable with `reference` (charted) and the others,
 * each with the difference in words (kept in the list, not charted). With no reference (no
 * results of the page's own), the first series is the reference.
 */
export function comparableSeries(
  imported: readonly ImportedSeries[],
  reference: ComparisonKey | null,
): { shown: ImportedSeries[]; hidden: { series: ImportedSeries; reason: string }[] } {
  const ref = reference ?? imported[0]?.key ?? null;
  const shown: ImportedSeries[] = [];
  const hidden: { series: ImportedSeries; reason: string }[] = [];
  for (const s of imported) {
    const diff = ref ? keyDifference(s.key, ref) : null;
    if (diff) hidden.push({ series: s, reason: diff });
    else shown.push(s);
  }
  return { shown, hidden };
}
