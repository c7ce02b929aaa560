/**
 * Entry script. Kept small so that no single main-thread task at page load runs long (issue 18):
 * React and the styles load here; the app's own modules (router, pages, schemas, the exercise
 * catalog) load with a dynamic import and so evaluate in a task of their own, after zod (the
 * schema library, the largest package they use) has evaluated in another; the first render is a
 * transition, which React renders in slices that yield to the browser; the service worker is
 * registered after it. Main thread.
 */
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/content.css';
import './styles/lab.css';
import './styles/print.css';
import { whenIdle } from './lib/idle.ts';

const container = document.getElementById('root')!;
const root = createRoot(container);

/** Resolves in the next idle period (at most 100 ms later), by the project's one idle helper. */
const nextIdle = (): Promise<void> => new Promise((resolve) => void whenIdle(resolve, 100));

import('zod')
  .then(nextIdle)
  .then(() => import('./app/Root.tsx'))
  .then(({ Root }) => {
    startTransition(() => root.render(<Root />));
    return import('./offline/register-sw.ts');
  })
  .catch((error: unknown) => {
    // A chunk that cannot load (a deploy replaced it while this tab was open, or offline before the
    // site was cached): say so instead of a blank page.
    console.error(error);
    container.innerHTML = '';
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'load-error';
    message.textContent = 'Parallel Lab could not load its code. Check your connection and reload the page.';
    container.append(message);
  });
