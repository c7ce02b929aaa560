import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Route, Routes, useLocation } from 'react-router';
import { Layout } from './Layout.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { LessonPage } from '../pages/LessonPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

const LabPage = lazy(() => import('../pages/LabPage.tsx').then((m) => ({ default: m.LabPage })));
const LabsIndexPage = lazy(() => import('../pages/LabsIndexPage.tsx').then((m) => ({ default: m.LabsIndexPage })));
const EmbedPage = lazy(() => import('../pages/EmbedPage.tsx').then((m) => ({ default: m.EmbedPage })));

/**
 * Routes of the app (hash routing: works on any static host, under any sub-path). `#/lab` alone
 * is the speedup lab, so links printed before labs had ids keep working; `#/embed/<id>` is drawn
 * without the site's header and sidebar.
 */
export function App() {
  // A failure anywhere in the shell shows a message in place of the page; following any link
  // (a new location) renders afresh instead of staying broken until a reload. Not a remount on
  // every navigation: a lab keeps its state (the code being edited) when its settings change the
  // address, and a lesson keeps its running labs when a section link is followed.
  const { key } = useLocation();
  return (
    <ErrorBoundary what="this page" resetKey={key}>
    <Routes>
      <Route
        path="embed/:id"
        element={
          <ErrorBoundary what="this lab">
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <EmbedPage />
            </Suspense>
          </ErrorBoundary>
        }
      />
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="lessons/:slug" element={<LessonPage />} />
        <Route path="labs" element={<LabsIndexPage />} />
        <Route path="lab" element={<LabPage />} />
        <Route path="lab/:id" element={<LabPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
    </ErrorBoundary>
  );
}
