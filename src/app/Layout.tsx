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
import { ShortcutsHelp } from '../presenter/ShortcutsHelp.tsx';
import { installKeyboardScrollRegions } from '../styles/scroll-regions.ts';

// For every route, the embeds too (this module loads with the app).
installKeyboardScrollRegions();

/** The path whose heading was last shown (null before the first page). */
let shownPath: string | null = null;

/**
 * Moves the keyboard focus to the new page's heading (h1) after a route change, so a screen
 * reader announces the new page and Tab continues from there, as after a full page load. Not on
 * the first load, and not for a change of the query or the section hash only. The heading
 * arrives with the (lazy) page: wait for it a little.
 */
function useFocusHeadingOnRouteChange(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    // Module state, not a ref: the first render of the app has no previous page to leave.
    const previous = shownPath;
    shownPath = pathname;
    if (previous === null || previous === pathname) return;
    let tries = 0;
    const timer = setInterval(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading || ++tries > 60) {
        clearInterval(timer);
        if (!heading) return;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
    }, 50);
    return () => clearInterval(timer);
  }, [pathname]);
}

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
  useFocusHeadingOnRouteChange();
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
        {/* Named for phones too, where the text beside the logo is hidden. */}
        <Link to="/" className="brand" aria-label="Parallel Lab, home">
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
          <ShortcutsHelp />
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
