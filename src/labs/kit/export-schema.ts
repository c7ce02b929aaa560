/**
 * The one schema of exported lab results (`Download JSON`), also the format the cluster export
 * writes and "Add results from a file" reads. A file holds:
 *
 * - `format`: "parallel-lab.results", `version`: 1;
 * - `lab`: the lab's id and title; `settings`: the text of every setting (it round-trips into a
 *   lab link), and `link`, the hash route that reproduces the demo;
 * - `environment`: where it was measured: the cores the browser reports (or the machine's cores),
 *   the user agent (or a machine description), the date (ISO 8601), and whether the page was
 *   cross-origin isolated;
 * - `runs`: every timed run, not only medians: its series (a worker count, a variant), the
 *   workers it used, its repeat index, its wall time in ms, and what it computed;
 * - `summary`: the rows of the lab's table (medians, speedup, …) as shown.
 *
 * Validated with zod, so an imported file that is wrong gets a message naming the field.
 * Pure: any thread, and Node.
 */
import { z } from 'zod';

/** A cell of a run or summary row: numbers, text, flags, or empty. */
const cell = z.union([z.number(), z.string(), z.boolean(), z.null()]);

/** One timed run. */
export const timedRunSchema = z
  .object({
    series: z.string().min(1).describe('What was measured: "4 workers", "chunksize 10", "atomic".'),
    workers: z.number().int().positive().optional().describe('Workers (or ranks, threads) the run used.'),
    repeat: z.number().int().nonnegative().describe('0-based index of the timed run within its series (warm-ups are not exported).'),
    ms: z.number().nonnegative().describe('Wall time of the run in milliseconds.'),
    value: cell.optional().describe('What the run computed (the integral, the pi estimate, a count).'),
  })
  .catchall(cell)
  .describe('One timed run; labs may add columns of their own.');

/** The whole file. */
export const labExportSchema = z
  .object({
    format: z.literal('parallel-lab.results').describe('Marks a Parallel Lab results file.'),
    version: z.literal(1).describe('Schema version.'),
    lab: z.object({ id: z.string().min(1), title: z.string() }).describe('The lab that measured.'),
    settings: z.record(z.string(), z.string()).describe('The text of every setting, as in a lab link.'),
    link: z.string().describe('Hash route that reproduces the demo, e.g. "#/lab/speedup?kernel=pi&…".'),
    environment: z
      .object({
        cores: z.number().int().positive().nullable().describe('Logical cores reported by the browser (navigator.hardwareConcurrency) or the machine.'),
        userAgent: z.string().describe('The browser user agent, or a description of the machine.'),
        date: z.string().datetime({ offset: true }).describe('When the results were exported, ISO 8601.'),
        crossOriginIsolated: z.boolean().nullable().describe('Whether the page was cross-origin isolated (null outside a browser).'),
        machine: z.string().optional().describe('A name for the machine, shown as the series label when results are compared.'),
      })
      .describe('Where the results were measured.'),
    runs: z.array(timedRunSchema).describe('Every timed run, in the order they ran.'),
    summary: z.array(z.record(z.string(), cell)).describe('The rows of the lab table, as shown.'),
  })
  .describe('Results exported from a Parallel Lab lab.');

/** An exported results file. */
export type LabExport = z.infer<typeof labExportSchema>;
/** One exported timed run. */
export type ExportedRun = z.infer<typeof timedRunSchema>;

/**
 * Parses and validates an exported results file.
 *
 * @returns the file, or a message naming the first wrong field (e.g. `runs.3.ms: expected number`)
 */
export function parseLabExport(text: string): { ok: true; value: LabExport } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Not JSON: ${(e as Error).message}` };
  }
  const r = labExportSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'Not a Parallel Lab results file.' };
}

/** Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180). */
function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The runs as CSV (RFC 4180: header row, CRLF line ends): one line per timed run with the lab,
 * every setting, the reported cores, the date and the run's own columns, so files from several
 * labs or machines can be concatenated and filtered. Column names are unique: a setting that
 * shares a run column's name is written as `<name>_setting`.
 */
export function exportToCsv(data: LabExport): string {
  const settingNames = Object.keys(data.settings);
  const runColumns = ['series', 'workers', 'repeat', 'ms', 'value'];
  for (const run of data.runs) for (const k of Object.keys(run)) if (!runColumns.includes(k)) runColumns.push(k);
  // A setting named like a run column (the speedup lab's "workers" list) is written as "<name>_setting".
  const header = ['lab', ...settingNames.map((n) => (runColumns.includes(n) || n === 'cores' || n === 'date' ? `${n}_setting` : n)), 'cores', 'date', ...runColumns];
  const lines = [header.map(csvCell).join(',')];
  for (const run of data.runs) {
    const r = run as Record<string, unknown>;
    lines.push(
      [data.lab.id, ...settingNames.map((n) => data.settings[n]), data.environment.cores, data.environment.date, ...runColumns.map((c) => r[c])]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
