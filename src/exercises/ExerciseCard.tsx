/**
 * One exercise at the end of a lesson: the prompt, an editor with the learner's draft, and
 * Run / Check / Hint / Show solution / Reset. Run and Check happen in a fresh worker with the
 * exercise's time limit (runner-client.ts); console output, errors (with the line marked in the
 * editor) and check results appear below. Passing every required check marks the exercise solved
 * in the learner's progress. Loaded lazily (it pulls in CodeMirror). Main thread.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { markExerciseSolved } from '../progress/progress.ts';
import { useExerciseSolved } from '../progress/useProgress.ts';
import type { ExerciseEntry, RenderedExerciseText } from './catalog.ts';
import type { ExerciseMeta } from './schema.ts';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';
import { Markdown } from './Markdown.tsx';
import { useExerciseRun } from './useExerciseRun.ts';
import { allRequiredPassed } from './check-helpers.ts';
import { OutcomeReport } from './OutcomeReport.tsx';
import type { ClientOutcome } from './runner-client.ts';
import { readEnvironment } from '../env/environment.ts';
import '../styles/exercises.css';

const CodeEditor = lazy(() => import('../components/CodeEditor.tsx'));

/**
 * The editor line to mark for an outcome, if any. A syntax error without a line is located with
 * CodeMirror's JavaScript parser (./syntax-error.ts), imported only then: a static import would
 * evaluate CodeMirror with the first exercise card, one long main-thread task (issue 18).
 */
async function errorLineOf(outcome: ClientOutcome | null, source: string): Promise<number | undefined> {
  if (!outcome || outcome.kind !== 'failed') return undefined;
  if (outcome.line !== undefined) return outcome.line;
  if (outcome.phase !== 'compile') return undefined;
  const { findSyntaxErrorLine } = await import('./syntax-error.ts');
  return findSyntaxErrorLine(source);
}

/** Whether learner code uses shared memory (SharedArrayBuffer, or Atomics which needs it). */
export function usesSharedMemory(source: string | null): boolean {
  return source !== null && /\b(SharedArrayBuffer|Atomics)\b/.test(source);
}

/**
 * Shown above the editor on a page without cross-origin isolation when the code needs shared
 * memory: why `SharedArrayBuffer` is missing, what fails, and what the host must send.
 */
export function ExerciseIsolationNote() {
  return (
    <aside className="callout callout-warning exercise-isolation" role="note" data-testid="exercise-isolation">
      <strong className="callout-title">No shared memory on this page</strong>
      <p>
        This page is not cross-origin isolated, so the browser does not define <code>SharedArrayBuffer</code> (nor can{' '}
        <code>Atomics.wait</code> wait on shared memory). This code uses it, so Run and Check stop with “SharedArrayBuffer is not
        defined”: that is the host, not your code. The site’s host must send{' '}
        <code>Cross-Origin-Opener-Policy: same-origin</code> and <code>Cross-Origin-Embedder-Policy: require-corp</code>, or open
        the course with <code>npm start</code>.
      </p>
    </aside>
  );
}

/** Props of {@link ExerciseCard}. */
export interface ExerciseCardProps {
  entry: ExerciseEntry & { meta: ExerciseMeta };
  /** 1-based number of the exercise within its lesson. */
  number: number;
}

/** An interactive exercise. */
export default function ExerciseCard({ entry, number }: ExerciseCardProps) {
  const { meta, lessonDir, lessonSlug, id } = entry;
  const headingId = `exercise-${id}`;
  const [starter, setStarter] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [text, setText] = useState<RenderedExerciseText | null>(null);
  const [hintsShown, setHintsShown] = useState(0);
  const [solution, setSolution] = useState<string | null>(null);
  const [solutionShown, setSolutionShown] = useState(false);
  const [markedLine, setMarkedLine] = useState<number | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { state, start, stop } = useExerciseRun({ lessonDir, id, exports: meta.exports, timeLimitMs: meta.timeLimitMs });
  const solved = useExerciseSolved(lessonSlug, id);

  useEffect(() => {
    let live = true;
    entry
      .loadText()
      .then((t) => live && setText(t))
      .catch((e: unknown) => live && setLoadError(String(e)));
    return () => {
      live = false;
    };
  }, [entry]);

  useEffect(() => {
    let live = true;
    entry
      .loadStarter()
      .then((text) => {
        if (!live) return;
        setStarter(text);
        setCode(loadDraft(lessonDir, id) ?? text);
      })
      .catch((e: unknown) => live && setLoadError(String(e)));
    return () => {
      live = false;
    };
  }, [entry, lessonDir, id]);

  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const onChange = useCallback(
    (value: string) => {
      setCode(value);
      setMarkedLine(undefined);
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => saveDraft(lessonDir, id, value), 300);
    },
    [lessonDir, id],
  );

  const go = async (mode: 'run' | 'check') => {
    if (code === null) return;
    clearTimeout(saveTimer.current);
    saveDraft(lessonDir, id, code);
    setMarkedLine(undefined);
    const outcome = await start(mode, code);
    setMarkedLine(await errorLineOf(outcome, code));
    if (outcome.kind === 'checked' && allRequiredPassed(outcome.results)) markExerciseSolved(lessonSlug, id);
  };

  const reset = () => {
    if (starter === null) return;
    clearDraft(lessonDir, id);
    setCode(starter);
    setMarkedLine(undefined);
  };

  const toggleSolution = async () => {
    if (!solutionShown && solution === null) {
      try {
        setSolution(await entry.loadSolution());
      } catch (e) {
        setLoadError(String(e));
        return;
      }
    }
    setSolutionShown((s) => !s);
  };

  const running = state.status === 'running';
  const hints = meta.hints;
  const noSharedMemory = !readEnvironment().sharedArrayBuffer && (usesSharedMemory(starter) || usesSharedMemory(code));

  return (
    <section className="exercise" aria-labelledby={headingId} data-exercise={id}>
      <header className="exercise-header">
        <h3 id={headingId}>
          Exercise {number}: {meta.title}
        </h3>
        {solved && <span className="exercise-solved">Solved</span>}
      </header>
      <div className="exercise-prompt" aria-busy={text === null}>
        {text ? <Markdown tree={text.prompt} /> : <p className="exercise-prompt-loading">Loading the task…</p>}
      </div>
      {loadError && <p className="exercise-error" role="alert">Could not load this exercise: {loadError}</p>}
      {noSharedMemory && <ExerciseIsolationNote />}
      <Suspense fallback={<div className="exercise-editor-placeholder" aria-busy="true">Loading the editor…</div>}>
        {code !== null && <CodeEditor value={code} onChange={onChange} label={`Code for exercise ${number}: ${meta.title}`} errorLine={markedLine} />}
      </Suspense>
      <div className="exercise-toolbar" role="group" aria-label={`Actions for exercise ${number}`}>
        <button type="button" onClick={() => void go('run')} disabled={running || code === null}>
          Run
        </button>
        <button type="button" className="primary" onClick={() => void go('check')} disabled={running || code === null}>
          Check
        </button>
        <button type="button" onClick={stop} disabled={!running}>
          Stop
        </button>
        <button type="button" onClick={() => setHintsShown((n) => Math.min(n + 1, hints.length))} disabled={hintsShown >= hints.length}>
          {hintsShown >= hints.length ? 'No more hints' : `Hint ${hintsShown + 1} of ${hints.length}`}
        </button>
        <button type="button" onClick={() => void toggleSolution()} aria-expanded={solutionShown}>
          {solutionShown ? 'Hide solution' : 'Show solution'}
        </button>
        <button type="button" onClick={reset} disabled={running || code === null || code === starter}>
          Reset
        </button>
      </div>
      {hintsShown > 0 && (
        <ol className="exercise-hints" aria-label="Hints">
          {hints.slice(0, hintsShown).map((h, i) => (
            <li key={i}>
              {text?.hints[i] ? <Markdown tree={text.hints[i]} /> : <p>{h}</p>}
            </li>
          ))}
        </ol>
      )}
      <OutcomeReport state={state} timeLimitMs={meta.timeLimitMs} markedLine={markedLine} isolated={readEnvironment().sharedArrayBuffer} />
      {solutionShown && solution !== null && (
        <div className="exercise-solution">
          <p>
            <strong>A model solution</strong> (yours may differ and still pass the checks):
          </p>
          <pre>
            <code>{solution}</code>
          </pre>
          <button type="button" onClick={() => onChange(solution)} disabled={running}>
            Put it in the editor
          </button>
        </div>
      )}
    </section>
  );
}
