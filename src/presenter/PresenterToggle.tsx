import { setPresenter, usePresenter } from './presenter.ts';

/** Header button for presenter mode (also the key `p`). */
export function PresenterToggle() {
  const on = usePresenter();
  return (
    <button
      type="button"
      className="header-button presenter-toggle"
      aria-pressed={on}
      onClick={() => setPresenter(!on)}
      title="Presenter mode: large text, instructor notes, arrow keys step through sections (key: p)"
    >
      <span aria-hidden="true">▣</span>
      <span className="header-button-text"> Present</span>
    </button>
  );
}
