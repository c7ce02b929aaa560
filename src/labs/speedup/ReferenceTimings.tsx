import { useLastSweep } from './last-sweep.ts';
import { formatFixed, formatMs } from '../kit/format.ts';

/**
 * Timings of the 2D integration with n = 10000 printed by the HPC2N/UPPMAX/LUNARC/NSC/PDC course
 * "Parallel computing with Python" (one cluster node; seconds).
 */
export const COURSE_TIMINGS: readonly { label: string; seconds: number; workers: number }[] = [
  { label: 'Python, serial', seconds: 20.39, workers: 1 },
  { label: 'Python threading, 4 threads (GIL)', seconds: 21.29, workers: 4 },
  { label: 'numba, serial', seconds: 1.9, workers: 1 },
  { label: 'Fortran via f2py, serial', seconds: 1.3, workers: 1 },
  { label: 'Julia via PyJulia, serial', seconds: 1.29, workers: 1 },
  { label: 'multiprocessing, 4 processes', seconds: 6.06, workers: 4 },
  { label: 'mpi4py, 4 ranks', seconds: 5.76, workers: 4 },
  { label: 'Fortran + OpenMP, 4 threads', seconds: 0.37, workers: 4 },
];

/** The course's timings beside the reader's own, from the latest sweep with n = 10000. */
export function ReferenceTimings() {
  const last = useLastSweep();
  const mine = last && last.params.kernel.id === 'integrate' && last.params.impl === 'js' && last.params.values.n === 10000 ? last.rows : null;
  const rows = [
    ...COURSE_TIMINGS.map((t) => ({ ...t, source: 'course' as const })),
    ...(mine ?? []).map((r) => ({ label: `Your browser, ${r.workers} worker${r.workers > 1 ? 's' : ''}`, seconds: r.time.median / 1000, workers: r.workers, source: 'you' as const })),
  ];
  const max = Math.max(...rows.map((r) => r.seconds));
  return (
    <figure className="lab reference-timings" data-testid="reference-timings">
      <table className="results">
        <thead>
          <tr>
            <th scope="col">Version (n = 10000)</th>
            <th scope="col">Time (s)</th>
            <th scope="col" aria-label="bar" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.source === 'you' ? 'mine' : undefined}>
              <td>{r.label}</td>
              <td>{r.seconds < 1 ? `${formatMs(r.seconds * 1000)} ms` : formatFixed(r.seconds, 2)}</td>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${Math.max(0.5, (100 * r.seconds) / max)}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        Course figures: one run each on a cluster node, from <cite>Parallel computing with Python</cite> (HPC2N, UPPMAX,
        LUNARC, NSC, PDC).{' '}
        {mine ? 'Your rows are medians from the lab above.' : 'Run the lab above with the integration and n = 10000 to add your own rows.'}
      </figcaption>
    </figure>
  );
}
