import { useState } from 'react';
import { Link } from 'react-router';
import { findLesson, lessonPath, lessons } from '../lessons/registry.ts';
import { resetProgress } from './progress.ts';
import { summarizeCourse } from './progress-store.ts';
import { useProgress } from './useProgress.ts';

/**
 * The home page's progress panel: lessons completed, overall progress (completion and exercises),
 * a "Continue where you left off" link to the last lesson and section read, and a reset with
 * confirmation.
 */
export function ProgressPanel() {
  const progress = useProgress();
  const [confirming, setConfirming] = useState(false);
  const course = summarizeCourse(progress, lessons);
  const last = progress.last ? findLesson(progress.last.slug) : undefined;
  const section = last && progress.last?.anchor ? last.headings.find((h) => h.id === progress.last?.anchor) : undefined;
  const started = course.fraction > 0 || last !== undefined;
  return (
    <section className="progress-panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Your progress</h2>
      <p>
        <label htmlFor="course-progress">
          {course.completeLessons} of {course.totalLessons} lessons complete
        </label>
        <progress id="course-progress" max={1} value={course.fraction} aria-valuetext={`${Math.round(course.fraction * 100)} %`} />
        <span className="meta"> {Math.round(course.fraction * 100)} % including exercises</span>
      </p>
      {last ? (
        <p className="continue">
          <Link className="continue-link" to={lessonPath(last.slug, section?.id)}>
            Continue where you left off: {last.title}
            {section ? ` › ${section.text}` : ''} →
          </Link>
        </p>
      ) : (
        <p className="continue">
          <Link className="continue-link" to={lessonPath(lessons[0]?.slug ?? '')}>
            Start with lesson {lessons[0]?.order}: {lessons[0]?.title} →
          </Link>
        </p>
      )}
      {started ? (
        confirming ? (
          <div className="reset-confirm" role="group" aria-label="Confirm reset">
            <span>Forget all completed lessons, solved exercises and your place?</span>{' '}
            <button
              type="button"
              className="danger"
              onClick={() => {
                resetProgress();
                setConfirming(false);
              }}
            >
              Yes, reset progress
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            Reset progress…
          </button>
        )
      ) : null}
    </section>
  );
}
