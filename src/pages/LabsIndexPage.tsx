import { Link } from 'react-router';
import { LABS } from '../labs/registry.ts';
import { findLesson } from '../lessons/registry.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { labHash } from '../labs/kit/definition.ts';

/**
 * `#/labs`: every lab of the site with a one-line description, its lesson, a link to its own page
 * and a quick demo that starts by itself.
 */
export function LabsIndexPage() {
  useDocumentTitle('Labs');
  return (
    <article className="labs-index">
      <h1>Labs</h1>
      <p className="lead">
        Every lab runs real work on your own cores. Each has a page of its own whose address reproduces the demo, an
        embed for slides (<code>#/embed/&lt;id&gt;</code>) and exports of what it measured.
      </p>
      <ul className="labs-list" data-testid="labs-list">
        {LABS.map((lab) => {
          const lesson = findLesson(lab.lesson);
          return (
            <li key={lab.id} data-lab={lab.id}>
              <h2>
                <Link to={`/lab/${lab.id}`}>{lab.title}</Link>
              </h2>
              <p>{lab.description}</p>
              <p className="labs-list-links">
                <a href={labHash(lab.id, `${lab.examples.quick}${lab.examples.quick ? '&' : ''}autorun=1`)}>Quick demo</a>
                {lesson ? (
                  <>
                    {' · '}
                    <Link to={`/lessons/${lab.lesson}`}>Lesson: {lesson.title}</Link>
                  </>
                ) : null}
                {lab.sharedMemory ? ' · needs shared memory' : null}
              </p>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
