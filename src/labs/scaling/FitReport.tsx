import type { ScalingAnalysis } from './scaling-analysis.ts';
import { formatFixed } from '../kit/format.ts';
import type { ScalingParams } from './scaling-params.ts';

/**
 * The fitted serial fraction in words: the value, its residual, how many points it used, and how
 * it compares with the fraction the job was built with. Main thread (React).
 */
export function FitReport({ analysis, params, cores }: { analysis: ScalingAnalysis; params: ScalingParams; cores: number }) {
  const { fit } = analysis;
  const lawName = analysis.law === 'amdahl' ? "Amdahl's law" : "Gustafson's law";
  if (!fit) {
    return <p className="fit-report" data-testid="fit-report">The fit appears once a run on more than one worker has finished.</p>;
  }
  const f = fit.serialFraction;
  const single = analysis.rows.filter((r) => r.inFit && r.workers > 1).length === 1;
  const karp = analysis.rows.filter((r) => Number.isFinite(r.karpFlatt) && r.inFit);
  const rising = karp.length >= 2 && karp[karp.length - 1]!.karpFlatt > karp[0]!.karpFlatt + 0.02;
  return (
    <div className="fit-report" data-testid="fit-report">
      <p>
        <strong>
          Fitted serial fraction f = <span data-testid="fitted-fraction">{formatFixed(f, 3)}</span>
        </strong>{' '}
        ({lawName}, least squares over {fit.points} point{fit.points > 1 ? 's' : ''}
        {analysis.fitUsesOversubscribed ? ', including more workers than cores' : cores > 1 ? ` up to ${cores} workers` : ''}
        {single ? '; with one point above one worker the curve passes through it exactly, so noise in that point moves f directly' : `; RMS residual ${formatFixed(fit.rms, 3)} in speedup`}
        ). The job was built with f = {params.serialFraction}.
        {analysis.law === 'amdahl' && f > 0 && f < 0.95 ? ` By Amdahl's law no number of workers can make it more than ${formatFixed(1 / f, 1)} times faster.` : ''}
        {f >= 0.95 ? ' More workers gained nothing here.' : ''}
      </p>
      {analysis.law === 'amdahl' && f > params.serialFraction + 0.02 ? (
        <p className="note">
          The fit is above the built-in fraction: start-up, message passing and waiting for the slowest worker act like extra serial
          work, and so do other programs busy on the same cores{analysis.rows.some((r) => r.time.noisy) ? ' (the noisy rows suggest some)' : ''}.{rising ? ' The Karp–Flatt column grows with p, the sign of an overhead that grows with the workers.' : ''}
        </p>
      ) : null}
    </div>
  );
}
