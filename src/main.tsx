/**
 * Entry script. Kept small so that no single main-thread task at page load runs long (issue 18):
 * only the styles load with it; everything else loads in stages, each evaluated in a task of its
 * own with an idle period before the next ({@link START_STAGES}): React's DOM renderer, the React
 * root, zod (the schema library, the largest package the app uses), the modules that build zod
 * schemas or sort the exercise catalog as they evaluate, then the app itself (router, pages),
 * whose first render is a transition that React renders in slices that yield to the browser. The
 * service worker is registered after it. Main thread.
 */
import 'katex/dist/katex.min.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/content.css';
import './styles/lab.css';
import './styles/print.css';
import { importInStages, nextIdle, type Stage } from './lib/staged-import.ts';

const container = document.getElementById('root')!;

/**
 * Modules evaluated ahead of the app, in this order, an idle period after each, so that the app's
 * own chunk finds them evaluated. Measured on the 2-core CI machine: React's DOM renderer with the
 * app's first modules took one task of 50–80 ms, the app with its schemas another of 50–90 ms.
 */
const START_STAGES: readonly Stage[] = [
  () => import('react-dom/client'),
  () => import('zod'),
  () => import('./progress/progress-file.ts'),
  () => import('./exercises/catalog.ts'),
];

async function start(): Promise<void> {
  await importInStages(START_STAGES, 100);
  const [{ createElement, startTransition }, { createRoot }] = await Promise.all([import('react'), import('react-dom/client')]);
  // createRoot installs React's listener for every DOM event on the container: a task of its own.
  const root = createRoot(container);
  await nextIdle(100);
  const { Root } = await import('./app/Root.tsx');
  startTransition(() => root.render(createElement(Root)));
  // Not part of the start: a service worker chunk that fails to load must not replace the app,
  // already rendered, with the load error below (the site works without offline use).
  import('./offline/register-sw.ts').catch((error: unknown) => {
    console.warn('Parallel Lab: offline use is not available (its code did not load).', error);
  });
}

start().catch((error: unknown) => {
  // A chunk of the app that cannot load (a deploy replaced it while this tab was open, or offline before the
  // site was cached): say so instead of a blank page.
  console.error(error);
  container.innerHTML = '';
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'load-error';
  message.textContent = 'Parallel Lab could not load its code. Check your connection and reload the page.';
  container.append(message);
});
