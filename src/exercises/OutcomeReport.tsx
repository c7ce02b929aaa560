/**
 * What the last Run or Check produced: a status line (role=status), the check results with what
 * was expected and what came, and the captured console. Main thread.
 */
import type { ExerciseRunState } from './useExerciseRun.ts';
import type { ClientOutcome } from './runner-client.ts';
import { allRequiredPassed } from './check-helpers.ts';
import { formatFixed } from '../labs/kit/format.ts';

function seconds(ms: number): string {
  return ms >= 1000 ? `${formatFixed(ms / 1000, 1)} s` : `${formatFixed(ms, 0)} ms`;
}

/** Added to a "SharedArrayBuffer is not defined" failure on a page without cross-origin isolation. */
export const NO_ISOLATION =
  'This page is not cross-origin isolated, so the browser does not define SharedArrayBuffer: the host must send the COOP and COEP headers (see the note above the editor). Your code is not at fault.';

/**
 * One sentence about an outcome, for the status line.
 * @param line the editor line found on the page (syntax errors), when the outcome has none
 * @param isolated whether SharedArrayBuffer exists here (else its ReferenceError is explained)
 */
export function describeOutcome(outcome: ClientOutcome, mode: 'run' | 'check' | null, timeLimitMs: number, line?: number, isolated = true): { text: string; tone: 'ok' | 'bad' | 'info' } {
  switch (outcome.kind) {
    case 'ran':
      return { text: `Ran in ${seconds(outcome.durationMs)}.`, tone: 'info' };
    case 'checked': {
      const required = outcome.results.filter((r) => !r.advisory);
      const failed = required.filter((r) => !r.ok).length;
      if (allRequiredPassed(outcome.results)) return { text: `All ${required.length} checks passed: solved!`, tone: 'ok' };
      return { text: `${failed} of ${required.length} check${required.length === 1 ? '' : 's'} failed.`, tone: 'bad' };
    }
    case 'failed': {
      const at = outcome.line ?? line;
      const where = at !== undefined ? ` on line ${at}` : '';
      const phase = outcome.phase === 'compile' ? 'Your code does not parse' : outcome.phase === 'check' ? 'The check could not finish' : 'Your code threw an error';
      const missing = !isolated && /SharedArrayBuffer is not defined/.test(outcome.message) ? ` ${NO_ISOLATION}` : '';
      return { text: `${phase}${where}: ${outcome.message}${missing}`, tone: 'bad' };
    }
    case 'timeout':
      return {
        text: `Stopped after ${seconds(timeLimitMs)}: the ${mode === 'check' ? 'check' : 'run'} was still going at the time limit (an endless loop?). Its worker was ended; the page is fine.`,
        tone: 'bad',
      };
    case 'cancelled':
      return { text: 'Stopped.', tone: 'info' };
    case 'crashed':
      return { text: `The code runner failed: ${outcome.message}`, tone: 'bad' };
  }
}

/** The report below the editor. */
export function OutcomeReport({ state, timeLimitMs, markedLine, isolated = true }: { state: ExerciseRunState; timeLimitMs: number; markedLine: number | undefined; isolated?: boolean }) {
  const status =
    state.status === 'running'
      ? { text: `${state.mode === 'check' ? 'Checking' : 'Running'}… (time limit ${seconds(timeLimitMs)})`, tone: 'info' as const }
      : state.outcome
        ? describeOutcome(state.outcome, state.mode, timeLimitMs, markedLine, isolated)
        : { text: 'Edit the code, then Run it or Check it.', tone: 'info' as const };
  const results = state.outcome?.kind === 'checked' ? state.outcome.results : [];
  return (
    <div className="exercise-report">
      <p role="status" aria-live="polite" className={`exercise-status tone-${status.tone}`}>
        {status.text}
        {markedLine !== undefined && state.status === 'done' && <span className="exercise-line-note"> (marked in the editor)</span>}
      </p>
      {results.length > 0 && (
        <ul className="check-results" aria-label="Check results">
          {results.map((r, i) => (
            <li key={i} className={r.ok ? 'check-ok' : r.advisory ? 'check-advisory' : 'check-fail'}>
              <span className="check-mark" aria-hidden="true">
                {r.ok ? '✓' : r.advisory ? '!' : '✗'}
              </span>
              <span className="check-body">
                <span className="check-name">
                  {r.name}
                  {r.advisory && <span className="check-tag"> (speed, advisory)</span>}
                  <span className="sr-only">{r.ok ? ': passed' : r.advisory ? ': below expectation' : ': failed'}</span>
                </span>
                {!r.ok && (r.expected !== undefined || r.got !== undefined) && (
                  <span className="check-diff">
                    {r.expected !== undefined && (
                      <>
                        Expected <code>{r.expected}</code>
                      </>
                    )}
                    {r.got !== undefined && (
                      <>
                        {r.expected !== undefined ? ', got ' : 'Got '}
                        <code>{r.got}</code>
                      </>
                    )}
                    .
                  </span>
                )}
                {r.detail && <span className="check-detail">{r.detail}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(state.logs.length > 0 || state.droppedLogs > 0) && (
        <div className="exercise-console">
          <h4>Console</h4>
          <pre aria-label="Console output" tabIndex={0}>
            {state.logs.map((l, i) => (
              <div key={i} className={`log-${l.level}`}>
                {l.text}
              </div>
            ))}
            {state.droppedLogs > 0 && <div className="log-warn">… {state.droppedLogs} more lines not shown</div>}
          </pre>
        </div>
      )}
    </div>
  );
}
