import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { findLesson, lessonPath, lessons } from '../lessons/registry.ts';
import { progressFileName } from './progress-file.ts';
import { exportProgressText, importProgressText, resetProgress } from './progress.ts';
import { summarizeCourse } from './progress-store.ts';
import { useProgress } from './useProgress.ts';

/**
 * The home page's progress panel: lessons completed, overall progress (completion and exercises),
 * a "Continue where you left off" link to the last lesson and section read, export and import of
 * progress and drafts as a file, and a reset with confirmation.
 */
export function ProgressPanel() {
  const progress = useProgress();
  const [confirming, setConfirming] = useState(false);
  const [transfer, setTransfer] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const now = new Date();
    const url = URL.createObjectURL(new Blob([exportProgressText(now)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = progressFileName(now);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setTransfer({ ok: true, text: `Saved ${a.download}.` });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setTransfer({ ok: false, text: `Could not read ${file.name}. Nothing was changed.` });
      return;
    }
    const result = importProgressText(text);
    setTransfer(
      result.ok
        ? { ok: true, text: `Imported ${file.name}: progress added${result.drafts ? `, ${result.drafts} exercise draft${result.drafts === 1 ? '' : 's'} restored` : ''}.` }
        : { ok: false, text: `${file.name} was not imported. ${result.message} Nothing was changed.` },
    );
  };

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
      <p className="progress-transfer">
        <button type="button" onClick={exportFile}>
          Export progress
        </button>{' '}
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import progress…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </p>
      <p role="status" className={transfer && !transfer.ok ? 'field-error' : 'meta'}>
        {transfer?.text ?? ''}
      </p>
      <p className="meta">
        Progress and exercise drafts are kept in this browser only, and browsers may delete them: Safari after 7 days without a
        visit, any browser when the disk is nearly full or site data is cleared. This site asks the browser to keep them, but
        export a file to be safe, or to move to another browser. Importing adds the file&apos;s progress to this browser&apos;s and
        restores its drafts (replacing drafts of the same exercises).
      </p>
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
