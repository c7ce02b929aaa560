import { Link } from 'react-router';
import { lessons, lessonPath } from '../lessons/registry.ts';
import { ProgressPanel } from '../progress/ProgressPanel.tsx';
import { LessonProgressBadge } from '../progress/LessonCompleteButton.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** Home: what Parallel Lab is, the learner's progress, and the list of lessons. */
export function HomePage() {
  useDocumentTitle('');
  return (
    <article className="home">
      <h1>Learn parallel computing on your own cores</h1>
      <p className="lead">
        Parallel Lab teaches what HPC courses on parallel Python teach, translated to the browser: Web Workers play
        processes, SharedArrayBuffer plays shared memory, and a message-passing communicator over workers plays MPI.
        Every idea is something you run and measure on this computer.
      </p>
      <ProgressPanel />
      <h2>Lessons</h2>
      <ol className="lesson-list">
        {lessons.map((l) => (
          <li key={l.slug} value={l.order}>
            <Link to={lessonPath(l.slug)}>{l.title}</Link> <LessonProgressBadge slug={l.slug} />
            <p>{l.summary}</p>
            <p className="meta">
              {l.teaching} min teaching · {l.exercises} min exercises
              {l.exerciseIds.length > 0 ? ` · ${l.exerciseIds.length} exercise${l.exerciseIds.length === 1 ? '' : 's'}` : ''}
            </p>
          </li>
        ))}
      </ol>
      <p className="meta keys-help">
        Keys: <kbd>/</kbd> search · <kbd>p</kbd> presenter mode (large text, instructor notes) · in presenter mode{' '}
        <kbd>→</kbd>/<kbd>←</kbd> or <kbd>PageDown</kbd>/<kbd>PageUp</kbd> step through a lesson's sections.
      </p>
    </article>
  );
}
