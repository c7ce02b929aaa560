import { Link, useParams, useSearchParams } from 'react-router';
import { labById } from '../labs/registry.ts';
import { LabHost } from './LabHost.tsx';
import { EnvironmentPanel } from '../env/EnvironmentPanel.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { findLesson } from '../lessons/registry.ts';

/**
 * A lab on its own page, `#/lab/<id>?…`: its settings come from the URL query (a lab link) and the
 * form keeps the URL in step, so the address bar always holds a link that reproduces the demo.
 * `#/lab?…` without an id is the speedup lab (links printed in slides and handouts).
 */
export function LabPage() {
  const { id = 'speedup' } = useParams();
  const lab = labById(id);
  useDocumentTitle(lab?.title ?? 'No such lab');
  const [query, setQuery] = useSearchParams();
  if (!lab) return <NotFoundPage what="lab" />;
  const lesson = findLesson(lab.lesson)?.title;
  return (
    <article className="lab-page">
      <h1>{lab.title}</h1>
      <p className="lead">
        {lab.description} The address bar holds a link that reproduces this demo.
        {lesson ? (
          <>
            {' '}
            Taught in <Link to={`/lessons/${lab.lesson}`}>{lesson}</Link>.
          </>
        ) : null}{' '}
        <Link to="/labs">All labs</Link>.
      </p>
      <LabHost lab={lab} query={query} onQueryChange={(q) => setQuery(q, { replace: true })} />
      <EnvironmentPanel />
    </article>
  );
}
