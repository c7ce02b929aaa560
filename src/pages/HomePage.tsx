import { Link } from 'react-router';
import { lessons, lessonPath } from '../lessons/registry.ts';

/** Home: what Parallel Lab is and the list of lessons. */
export function HomePage() {
  return (
    <article className="home">
      <h1>Learn parallel computing on your own cores</h1>
      <p className="lead">
        Parallel Lab teaches what HPC courses on parallel Python teach, translated to the browser: Web Workers play
        processes, SharedArrayBuffer plays shared memory, and a message-passing communicator over workers plays MPI.
        Every idea is something you run and measure on this computer.
      </p>
      <h2>Lessons</h2>
      <ol className="lesson-list">
        {lessons.map((l) => (
          <li key={l.slug}>
            <Link to={lessonPath(l.slug)}>{l.title}</Link>
            <p>{l.summary}</p>
            <p className="meta">
              {l.teaching} min teaching · {l.exercises} min exercises
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
