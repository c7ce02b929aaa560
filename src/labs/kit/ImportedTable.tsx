import type { ImportedSeries } from '../kit/import-results.ts';
import { formatMs, formatRatio, plural } from '../kit/format.ts';

const DATE = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A row of this page's own sweep, as far as the table reads it (a lab's row or an analysed row). */
export interface OwnRow {
  workers: number;
  /** Median wall time (ms). */
  time: { median: number };
  /** The lab's speedup at this count (strong, or scaled for weak scaling). */
  speedup: number;
}

/** One row of the table: a machine's sweep. */
interface Measured {
  key: string;
  machine: string;
  cores: number | null;
  measuredIn: string;
  date: string;
  workers: number[];
  oneWorkerMs: number | null;
  best: { speedup: number; workers: number } | null;
  /** The file it came from (a tooltip), or undefined for this page. */
  file?: string;
}

/** A date of a file for the table ("Dec 1, 2026, 10:00" in the reader's time zone), or the text as given when it does not parse. */
function formatDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? DATE.format(t) : iso;
}

/**
 * Who measured what: one row for this browser's sweep (when it has rows) and one per imported
 * series charted, with the machine, its cores, where it ran (browser or cluster), the date, the
 * worker counts, the median time on 1 worker T(1) and the best speedup with its worker count
 * (the speedup and scaling labs). Main thread (React).
 */
export function ImportedTable({ rows, cores, imported }: { rows: readonly OwnRow[]; cores: number; imported: readonly ImportedSeries[] }) {
  const own: Measured[] = rows.length > 0
    ? [{
        key: 'own',
        machine: 'this browser',
        cores,
        measuredIn: 'browser',
        date: 'this page',
        workers: rows.map((r) => r.workers),
        oneWorkerMs: rows.find((r) => r.workers === 1)?.time.median ?? null,
        best: rows.filter((r) => Number.isFinite(r.speedup)).reduce<{ speedup: number; workers: number } | null>((a, r) => (a && a.speedup >= r.speedup ? a : { speedup: r.speedup, workers: r.workers }), null),
      }]
    : [];
  const all: Measured[] = [
    ...own,
    ...imported.map((s): Measured => ({
      key: s.id,
      machine: s.label,
      cores: s.cores,
      measuredIn: s.measuredIn,
      date: formatDate(s.date),
      workers: s.points.map((p) => p.workers),
      oneWorkerMs: s.points.find((p) => p.workers === 1)?.medianMs ?? null,
      best: { speedup: s.best.speedup, workers: s.best.workers },
      file: s.fileName,
    })),
  ];
  return (
    <div className="table-wrap">
      <table className="results imported-table" data-testid="imported-table">
        <caption className="table-caption">Who measured what</caption>
        <thead>
          <tr>
            <th scope="col">Machine</th>
            <th scope="col">Cores</th>
            <th scope="col">Measured in</th>
            <th scope="col">Date</th>
            <th scope="col">Worker counts</th>
            <th scope="col">T(1) (ms)</th>
            <th scope="col">Best speedup</th>
          </tr>
        </thead>
        <tbody>
          {all.map((m) => (
            <tr key={m.key} data-machine={m.machine} data-best={m.best?.speedup} title={m.file}>
              <th scope="row">{m.machine}</th>
              <td>{m.cores ?? '–'}</td>
              <td className="imported-where">{m.measuredIn}</td>
              <td>{m.date}</td>
              <td>{m.workers.join(', ')}</td>
              <td>{m.oneWorkerMs === null ? '–' : formatMs(m.oneWorkerMs)}</td>
              <td>{m.best ? `${formatRatio(m.best.speedup)} on ${plural(m.best.workers, 'worker')}` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
