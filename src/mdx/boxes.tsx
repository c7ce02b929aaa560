import { useState, type ReactNode } from 'react';

/** The course-style "Questions" box that opens a lesson. */
export function Questions({ items, children }: { items?: readonly string[]; children?: ReactNode }) {
  return (
    <aside className="box box-questions" aria-label="Questions">
      <h2 className="box-title">Questions</h2>
      {items ? <ul>{items.map((q) => <li key={q}>{q}</li>)}</ul> : children}
    </aside>
  );
}

/** The "Objectives" box: what the reader will be able to do. */
export function Objectives({ items, children }: { items?: readonly string[]; children?: ReactNode }) {
  return (
    <aside className="box box-objectives" aria-label="Objectives">
      <h2 className="box-title">You will learn</h2>
      {items ? <ul>{items.map((q) => <li key={q}>{q}</li>)}</ul> : children}
    </aside>
  );
}

/** The "Keypoints" box that closes a lesson. */
export function Keypoints({ items, children }: { items?: readonly string[]; children?: ReactNode }) {
  return (
    <aside className="box box-keypoints" aria-label="Key points">
      <h2 className="box-title">Key points</h2>
      {items ? <ul>{items.map((q) => <li key={q}>{q}</li>)}</ul> : children}
    </aside>
  );
}

/** A highlighted aside: `note` (default), `tip`, `warning` or `danger`. */
export function Callout({ kind = 'note', title, children }: { kind?: 'note' | 'tip' | 'warning' | 'danger'; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout-${kind}`} role="note">
      {title ? <strong className="callout-title">{title}</strong> : null}
      {children}
    </aside>
  );
}

/**
 * A note for instructors: shown in presenter mode (the `presenter` class on <html>) and when the
 * reader opens it.
 */
export function InstructorNote({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <aside className={`instructor-note${open ? ' open' : ''}`} aria-label="Instructor note">
      <button type="button" className="instructor-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Instructor note
      </button>
      <div className="instructor-body">{children}</div>
    </aside>
  );
}

/**
 * A "Going further" box: optional reading beside the main path of a lesson, closed until the reader
 * opens it (a native `<details>`, so it works with the keyboard and without scripts). Its content is
 * not counted in the lesson's teaching time (scripts/lesson-catalog.ts, `teachingEstimate`).
 */
export function GoingFurther({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="callout callout-note going-further">
      <summary className="callout-title">Going further: {title}</summary>
      {children}
    </details>
  );
}
