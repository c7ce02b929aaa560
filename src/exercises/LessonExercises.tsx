/**
 * The exercises of a lesson, rendered at the end of the lesson page: the list comes from the
 * catalog (metadata only); each exercise's panel, with its editor, loads lazily. Main thread.
 */
import { lazy } from 'react';
import { LazyLab } from '../labs/kit/LazyLab.tsx';
import { exercisesOf } from './catalog.ts';
import type { ExerciseMeta } from './schema.ts';
import '../styles/exercises.css';

const ExerciseCard = lazy(() => import('./ExerciseCard.tsx'));

/** The exercises beside lesson folder `dir` (e.g. `03-integration`), or nothing if it has none. */
export function LessonExercises({ dir }: { dir: string }) {
  const list = exercisesOf(dir);
  if (list.length === 0) return null;
  return (
    <section className="lesson-exercises" aria-labelledby="lesson-exercises-heading">
      <h2 id="lesson-exercises-heading">Exercises</h2>
      <p className="exercise-intro">
        Edit the code and press <strong>Run</strong> to try it or <strong>Check</strong> to test it. Your code runs in a separate
        worker with a time limit, so an endless loop is stopped without freezing the page. Drafts are saved in this browser.
      </p>
      <details className="exercise-api">
        <summary>What your code can use</summary>
        <p>Plain JavaScript (no imports), with <code>console.log</code> shown below the editor, plus:</p>
        <ul>
          <li>
            <code>await parallelMap(fn, items, workers)</code>: <code>fn(item)</code> for every item on <code>workers</code> workers
            (default: all cores), results in item order, like Python&apos;s <code>Pool.map</code>.
          </li>
          <li>
            <code>await runWorkers(fn, argsList)</code>: one worker per entry, all started together; worker k runs{' '}
            <code>fn(...argsList[k])</code>. SharedArrayBuffers in the arguments are shared, not copied.
          </li>
          <li>
            <code>await mpirun(fn, size)</code>: runs your whole file on <code>size</code> MPI ranks, each calling{' '}
            <code>fn(comm)</code> (see the message-passing lesson for <code>comm</code>).
          </li>
          <li>
            <code>cores</code>: the logical cores your browser reports.
          </li>
        </ul>
        <p>
          Functions sent to workers travel as text, like functions a Python pool pickles: they see their arguments, not the
          variables around them.
        </p>
      </details>
      {list.map((entry, i) =>
        entry.meta ? (
          <LazyLab key={entry.id} name={`exercise “${entry.meta.title}”`}>
            <ExerciseCard entry={entry as typeof entry & { meta: ExerciseMeta }} number={i + 1} />
          </LazyLab>
        ) : (
          <p key={entry.id} className="exercise-error" role="alert">
            Exercise {entry.id} is invalid: {entry.errors.join('; ')}
          </p>
        ),
      )}
    </section>
  );
}
