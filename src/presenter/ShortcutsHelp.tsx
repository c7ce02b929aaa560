import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { SHORTCUTS, isShortcutEvent, setShortcutsEnabled, useShortcutsEnabled } from './shortcuts.ts';
import { isTypingTarget } from './usePresenterKeys.ts';

/**
 * The header's "Keyboard shortcuts" button and its dialog (also opened with `?`): every
 * single-key shortcut of the site, a switch that turns them all off (WCAG 2.1.4), and how to
 * leave a code editor by keyboard. A native modal <dialog>: focus stays inside, Escape closes it
 * and focus returns to what opened it. Main thread.
 */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const enabled = useShortcutsEnabled();
  const id = useId();

  const show = useCallback((): void => {
    const d = dialog.current;
    if (!d || d.open) return;
    d.showModal();
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== '?' || !isShortcutEvent(e, isTypingTarget)) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button type="button" className="header-button shortcuts-button" onClick={show} aria-haspopup="dialog" title="Keyboard shortcuts (key: ?)">
        <span aria-hidden="true">⌨</span>
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)} data-testid="shortcuts-dialog">
        {open ? (
          <>
            <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
            <label className="shortcuts-switch">
              <input type="checkbox" checked={enabled} onChange={(e) => setShortcutsEnabled(e.target.checked)} /> Single-key shortcuts
              {enabled ? ' (on)' : ' (off: the keys below type or scroll as usual; this dialog stays in the header)'}
            </label>
            <table className="shortcuts-table">
              <caption className="sr-only">Single-key shortcuts</caption>
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">What it does</th>
                </tr>
              </thead>
              <tbody>
                {SHORTCUTS.map((s) => (
                  <tr key={s.what}>
                    <td>
                      {s.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 ? ' or ' : ''}
                          <kbd>{k}</kbd>
                        </span>
                      ))}
                    </td>
                    <td>{s.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              They do nothing while you type in a field or a code editor. In a code editor <kbd>Tab</kbd> indents: press <kbd>Esc</kbd>{' '}
              then <kbd>Tab</kbd> to leave it.
            </p>
            <form method="dialog">
              <button type="submit" className="primary">Close</button>
            </form>
          </>
        ) : null}
      </dialog>
    </>
  );
}
