/**
 * The app with its router, as src/main.tsx renders it once the app's code has loaded. A module of
 * its own so the entry script stays small: React starts in one task and the app's modules
 * evaluate in another (issue 18: no main-thread task over 50 ms while a page opens). Main thread.
 */
import { StrictMode, useEffect } from 'react';
import { createPath, HashRouter, useLocation, useNavigate } from 'react-router';
import { App } from './App.tsx';

/**
 * Catches the router up with the address once it is listening. The first render is a transition
 * (rendered in slices), and the router starts listening for hash changes only when it commits: an
 * address changed in between (a link followed, or a test's `page.goto`, while the app was still
 * rendering) would otherwise be missed and the page would show the old address's route.
 */
function CatchUpWithAddress() {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    // A passive effect runs after every layout effect, so the router's listener is attached.
    const address = window.location.hash.replace(/^#/, '') || '/';
    if (address !== createPath(location)) void navigate(address, { replace: true });
    // Once, on mount: later changes reach the router's own listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

/** The whole app: strict mode, hash routing (any static host, any sub-path), the routes. */
export function Root() {
  return (
    <StrictMode>
      <HashRouter>
        <CatchUpWithAddress />
        <App />
      </HashRouter>
    </StrictMode>
  );
}
