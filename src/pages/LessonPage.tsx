import { Suspense, useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { MDXProvider } from '@mdx-js/react';
import { findLesson, lessonComponents, lessonPath, neighbours, redirectedLessonPath } from '../lessons/registry.ts';
import { safeDecode } from '../lib/safe-decode.ts';
import { COURSES } from '../lessons/courses.ts';
import { mdxComponents } from '../mdx/components.tsx';
import { LessonChunks } from '../mdx/LessonChunk.tsx';
import { Objectives, Questions, Keypoints } from '../mdx/boxes.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { LessonExercises } from '../exercises/LessonExercises.tsx';
import { useCurrentSection } from '../app/useCurrentSection.ts';
import { useRecordVisit } from '../progress/useRecordVisit.ts';
import { LessonCompleteButton, LessonProgressBadge } from '../progress/LessonCompleteButton.tsx';

/**
 * A lesson: title, opening boxes from the frontmatter, the MDX body, exercises, key points, the
 * "Mark lesson complete" button, credits, prev/next. Remembers the section being read. The address of
 * a lesson that was split or renamed (lessons/redirects.ts) is replaced by its section's new place.
 */
export function LessonPage() {
  const { slug = '' } = useParams();
  const meta = findLesson(slug);
  useDocumentTitle(meta?.title ?? 'No such lesson');
  const section = useCurrentSection(slug);
  const sectionIds = useMemo(() => meta?.headings.map((h) => h.id) ?? [], [meta]);
  useRecordVisit(meta ? slug : '', section, sectionIds);
  const { hash } = useLocation();
  // Set once the last chunk of the body has rendered: until then the body is aria-busy.
  const [complete, setComplete] = useState('');
  const Content = meta ? lessonComponents[meta.dir] : undefined;
  if (!meta) {
    const moved = redirectedLessonPath(slug, safeDecode(hash.slice(1)));
    if (moved) return <Navigate to={moved} replace />;
  }
  if (!meta || !Content) return <NotFoundPage what="lesson" />;
  const { previous, next } = neighbours(slug);
  return (
    <article className="lesson" data-lesson={meta.slug} key={meta.dir}>
      <p className="lesson-kicker">Lesson {meta.order}</p>
      <h1>{meta.title}</h1>
      <p className="meta">
        Teaching: {meta.teaching} min · Exercises: {meta.exercises} min <LessonProgressBadge slug={meta.slug} />
      </p>
      <div className="opening-boxes">
        <Questions items={meta.questions} />
        <Objectives items={meta.objectives} />
      </div>
      <ErrorBoundary what="this lesson">
        <Suspense fallback={<p className="loading">Loading the lesson…</p>}>
          <div className="lesson-body" data-complete={complete === slug ? 'true' : undefined} aria-busy={complete !== slug}>
            <MDXProvider components={mdxComponents}>
              <LessonChunks all={hash.length > 1} onComplete={() => setComplete(slug)}>
                <Content components={mdxComponents} />
              </LessonChunks>
            </MDXProvider>
          </div>
        </Suspense>
      </ErrorBoundary>
      <LessonExercises dir={meta.dir} />
      <Keypoints items={meta.keypoints} />
      <LessonCompleteButton slug={meta.slug} />
      <footer className="credits">
        Drawn from{' '}
        {meta.sources.map((id, i) => (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            <cite>{COURSES[id].title}</cite> ({COURSES[id].by})
          </span>
        ))}
        . Prose and code are Parallel Lab's own; facts and figures are credited to the course.
      </footer>
      <nav className="prev-next" aria-label="Previous and next lesson">
        {previous ? <Link to={lessonPath(previous.slug)} rel="prev">← {previous.title}</Link> : <span />}
        {next ? <Link to={lessonPath(next.slug)} rel="next">{next.title} →</Link> : <span />}
      </nav>
    </article>
  );
}
