import { markLessonComplete } from './progress.ts';
import { useLessonProgress } from './useProgress.ts';

/** "Mark lesson complete" toggle at the end of a lesson, with the lesson's exercise count. */
export function LessonCompleteButton({ slug }: { slug: string }) {
  const p = useLessonProgress(slug);
  return (
    <section className="lesson-complete" aria-label="Your progress in this lesson">
      <button
        type="button"
        className={p.complete ? 'complete' : 'primary'}
        aria-pressed={p.complete}
        onClick={() => markLessonComplete(slug, !p.complete)}
      >
        {p.complete ? '✓ Lesson complete' : 'Mark lesson complete'}
      </button>
      <p className="meta" role="status">
        {p.complete ? 'Marked complete. Press again to undo. ' : ''}
        {p.exerciseCount > 0 ? `Exercises solved: ${p.solved.length} of ${p.exerciseCount}. ` : ''}
        Progress is kept in this browser only.
      </p>
    </section>
  );
}

/** Small badge with a lesson's progress, for lists and the lesson heading. */
export function LessonProgressBadge({ slug }: { slug: string }) {
  const p = useLessonProgress(slug);
  if (p.complete && p.solved.length === p.exerciseCount) return <span className="progress-badge done">✓ Complete</span>;
  if (p.fraction === 0) return null;
  return (
    <span className="progress-badge">
      {p.complete ? 'Complete' : 'In progress'}
      {p.exerciseCount > 0 ? ` · ${p.solved.length}/${p.exerciseCount} exercises` : ''}
    </span>
  );
}
