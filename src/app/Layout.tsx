import { safeDecode } from '../lib/safe-decode.ts';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Sidebar } from './Sidebar.tsx';
import { UpdateBanner } from '../offline/UpdateBanner.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { ThemeToggle } from '../theme/ThemeToggle.tsx';
import { PresenterToggle } from '../presenter/PresenterToggle.tsx';
import { usePresenterKeys } from '../presenter/usePresenterKeys.ts';

/**
 * Scrolls to the element named by the route's hash (section links), or to the top on a new page.
 * Runs again for a repeated link to the same section (the location key changes).
 */
function useScrollToHash(): void {
  const { pathname, hash, key } = useLocation();
  // A repeated section link re-scrolls (new key); a query-only change (a lab keeping its settings
  // in the URL) must not jump to the top, so without a hash only a new path counts.
  const again = hash ? key : '';
  useEffect(() => {
    if (!hash) {
      window.scrollTo(0, 0);
      return;
    }
    const id = safeDecode(hash.slice(1));
    const now = document.getElementById(id);
    if (now) {
      now.scrollIntoView();
      return;
    }
    // The lesson body loads lazily: wait for the element, but give up if the address moved on
    // meanwhile (a later section link or presenter step must not be scrolled back from).
    let tries = 0;
    const timer = setInterval(() => {
      const el = document.getElementById(id);
      const stale = !window.location.hash.endsWith(hash);
      if (el || stale || ++tries > 40) {
        clearInterval(timer);
        if (!stale) el?.scrollIntoView();
      }
    }, 50);
    return () => clearInterval(timer);
  }, [pathname, hash, again]);
}

/** The page frame: header (search, theme, presenter mode), sidebar with the lessons, and the routed page. */
export function Layout() {
  useScrollToHash();
  usePresenterKeys();
  const { pathname, key } = useLocation();
  const [menu, setMenu] = useState({ open: false, at: key });
  // Close the phone menu when a link in it was followed.
  if (menu.at !== key) setMenu({ open: false, at: key });
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header className="app-header">
        <button
          type="button"
          className="header-button menu-button"
          aria-expanded={menu.open}
          aria-controls="sidebar"
          onClick={() => setMenu({ open: !menu.open, at: key })}
        >
          <span aria-hidden="true">☰</span>
          <span className="sr-only">Lessons menu</span>
        </button>
        <Link to="/" className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={24} height={24} />
          <span className="brand-name">Parallel Lab</span>
        </Link>
        <SearchBox />
        <nav aria-label="Site" className="header-nav">
          <NavLink to="/labs" aria-label="All labs">
            <span className="header-button-text">Labs</span>
            <span className="header-short-text">Labs</span>
          </NavLink>
          <PresenterToggle />
          <ThemeToggle />
        </nav>
      </header>
      <UpdateBanner />
      <div className="app-body">
        <Sidebar open={menu.open} />
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
