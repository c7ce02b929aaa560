/**
 * The app with its router, as src/main.tsx renders it once the app's code has loaded. A module of
 * its own so the entry script stays small: React starts in one task and the app's modules
 * evaluate in another (issue 18: no main-thread task over 50 ms while a page opens). Main thread.
 */
import { StrictMode } from 'react';
import { HashRouter } from 'react-router';
import { App } from './App.tsx';

/** The whole app: strict mode, hash routing (any static host, any sub-path), the routes. */
export function Root() {
  return (
    <StrictMode>
      <HashRouter>
        <App />
      </HashRouter>
    </StrictMode>
  );
}
