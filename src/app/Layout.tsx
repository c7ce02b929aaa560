import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Suspense, useEffect } from 'react';
import { lessons, lessonPath } from '../lessons/registry.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { UpdateBanner } from '../offline/UpdateBanner.tsx';

/** Scrolls to the element named by the route's hash (section links), or to the top on a new page. */
function useScrollToHash(): void {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    if (!hash) {
      window.scrollTo(0, 0);
      return;
    }
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = setInterval(() => {
      const el = document.getElementById(id);
      if (el || ++tries > 40) {
        clearInterval(timer);
        el?.scrollIntoView();
      }
    }, 50);
    return () => clearInterval(timer);
  }, [pathname, hash]);
}

/** The page frame: header, sidebar with the lessons, and the routed page. */
export function Layout() {
  useScrollToHash();
  const { pathname } = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={24} height={24} />
          Parallel Lab
        </Link>
        <nav aria-label="Site" className="header-nav">
          <NavLink to="/lab">Speedup lab</NavLink>
        </nav>
      </header>
      <UpdateBanner />
      <div className="app-body">
        <nav className="sidebar" aria-label="Lessons">
          <ol>
            {lessons.map((l) => (
              <li key={l.slug}>
                <NavLink to={lessonPath(l.slug)}>
                  <span className="lesson-number">{l.order}</span> {l.title}
                </NavLink>
              </li>
            ))}
          </ol>
        </nav>
        <main id="main" tabIndex={-1}>
          <ErrorBoundary what="this page" key={pathname}>
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
