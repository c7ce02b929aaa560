import { Children, isValidElement, useId, useState, type ReactElement, type ReactNode } from 'react';

/** One tab of {@link Tabs}; `label` is its button text. */
export function Tab({ children }: { label: string; children: ReactNode }) {
  return <>{children}</>;
}

/**
 * Tabs, e.g. the course's Python beside the browser version of the same pattern. Keyboard:
 * arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern).
 */
export function Tabs({ children }: { children: ReactNode }) {
  const tabs = Children.toArray(children).filter(
    (c): c is ReactElement<{ label: string; children: ReactNode }> => isValidElement(c) && typeof (c.props as { label?: unknown }).label === 'string',
  );
  const [active, setActive] = useState(0);
  const id = useId();
  return (
    <div className="tabs">
      <div role="tablist" aria-label="Versions">
        {tabs.map((t, i) => (
          <button
            key={`${i}-${t.props.label}`}
            role="tab"
            type="button"
            id={`${id}-tab-${i}`}
            aria-selected={i === active}
            aria-controls={`${id}-panel-${i}`}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setActive(i)}
            onKeyDown={(e) => {
              const n =
                e.key === 'ArrowRight' ? (active + 1) % tabs.length
                : e.key === 'ArrowLeft' ? (active - 1 + tabs.length) % tabs.length
                : e.key === 'Home' ? 0
                : e.key === 'End' ? tabs.length - 1
                : -1;
              if (n >= 0) {
                e.preventDefault();
                setActive(n);
                document.getElementById(`${id}-tab-${n}`)?.focus();
              }
            }}
          >
            {t.props.label}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div key={`${i}-${t.props.label}`} role="tabpanel" id={`${id}-panel-${i}`} aria-labelledby={`${id}-tab-${i}`} hidden={i !== active}>
          {t.props.children}
        </div>
      ))}
    </div>
  );
}
