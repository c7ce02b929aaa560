import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { LessonPage } from '../pages/LessonPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

const LabPage = lazy(() => import('../pages/LabPage.tsx').then((m) => ({ default: m.LabPage })));

/** Routes of the app (hash routing: works on any static host, under any sub-path). */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="lessons/:slug" element={<LessonPage />} />
        <Route path="lab" element={<LabPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
