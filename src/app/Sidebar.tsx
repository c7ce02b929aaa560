import { safeDecode } from '../lib/safe-decode.ts';
import { Link, NavLink, useLocation } from 'react-router';
import { lessons, lessonPath } from '../lessons/registry.ts';
import { useProgress } from '../progress/useProgress.ts';
import { summarizeLesson } from '../progress/progress-store.ts';
import { useCurrentSection } from './useCurrentSection.ts';

/**
 * The lessons, in order, with a tick for completed ones; the current lesson is expanded to its
 * h2/h3 sections, the one being read marked with aria-current.
 */
export function Sidebar({ open }: { open: boolean }) {
  const { pathname } = useLocation();
  const match = /^\/lessons\/([^/]+)/.exec(pathname);
  const currentSlug = match ? safeDecode(match[1]!) : '';
  const section = useCurrentSection(pathname);
  const progress = useProgress();
  return (
    <nav className={`sidebar${open ? ' open' : ''}`} id="sidebar" aria-label="Lessons">
      <ol>
        {lessons.map((l) => {
          const p = summarizeLesson(progress, l.slug, l.exerciseIds);
          const current = l.slug === currentSlug;
          return (
            <li key={l.slug} className={current ? 'current' : undefined}>
              <NavLink to={lessonPath(l.slug)}>
                <span className="lesson-number">{l.order}</span> <span className="lesson-title">{l.title}</span>
                {p.complete ? (
                  <span className="done-mark" title="Completed">
                    <span aria-hidden="true">✓</span>
                    <span className="sr-only"> (completed)</span>
                  </span>
                ) : null}
              </NavLink>
              {current && l.headings.length > 0 ? (
                <ol className="sidebar-sections" aria-label={`Sections of ${l.title}`}>
                  {l.headings.map((h) => (
                    <li key={h.id} className={`depth-${h.depth}`}>
                      <Link to={lessonPath(l.slug, h.id)} aria-current={h.id === section ? 'location' : undefined}>
                        {h.text}
                      </Link>
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
