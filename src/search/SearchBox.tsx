import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { findLesson, lessonPath } from '../lessons/registry.ts';
import { isTypingTarget } from '../presenter/usePresenterKeys.ts';
import { isShortcutEvent } from '../presenter/shortcuts.ts';
import { loadSearch, type SearchFunction } from './load-search.ts';

/** `text` with every occurrence of `terms` (case-insensitive) wrapped in <mark>. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const words = terms.filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${words.join('|')})`, 'gi'));
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}

/**
 * The header's search box: full-text search over every lesson section (MiniSearch, loaded on first
 * focus). Results are ordinary links under the box. Keys: `/` focuses the box, ArrowDown moves into
 * the results, ArrowUp/ArrowDown move between them, Escape closes (`/` can be turned off with the
 * other single-key shortcuts, src/presenter/shortcuts.ts). A plain search field, not a combobox:
 * no aria-expanded; the results are a labelled list of links after it. Main thread.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<{ fn: SearchFunction } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const location = useLocation();

  const ensureIndex = (): void => {
    if (search) return;
    loadSearch().then(
      (fn) => {
        setSearch({ fn });
        setFailed(null);
      },
      (e: unknown) => setFailed(`Search is unavailable: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  const hits = useMemo(() => (search ? search.fn(query) : []), [search, query]);

  // Close on navigation (a result was followed).
  const [seenKey, setSeenKey] = useState(location.key);
  if (seenKey !== location.key) {
    setSeenKey(location.key);
    setOpen(false);
  }

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key !== '/' || !isShortcutEvent(e, isTypingTarget)) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const links = (): HTMLAnchorElement[] => [...(listRef.current?.querySelectorAll('a') ?? [])];

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === 'Escape') {
      if (query) setQuery('');
      else inputRef.current?.blur();
      setOpen(false);
    }
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>): void => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      inputRef.current?.focus();
    }
  };

  const showResults = open && query.trim().length > 0;
  const status = failed ?? (!search ? 'Loading the search index…' : hits.length === 0 ? `No section matches “${query.trim()}”.` : `${hits.length} section${hits.length === 1 ? '' : 's'} found`);

  return (
    <div
      className="search"
      role="search"
      ref={boxRef}
      onBlur={(e) => {
        if (!boxRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        Search the lessons
      </label>
      <input
        ref={inputRef}
        id={`${id}-q`}
        type="search"
        placeholder="Search  /"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-controls={`${id}-results`}
        onFocus={() => {
          ensureIndex();
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          ensureIndex();
        }}
        onKeyDown={onInputKey}
      />
      <div className="search-results" id={`${id}-results`} hidden={!showResults}>
        <p role="status" className="search-status">
          {showResults ? status : ''}
        </p>
        {showResults && hits.length > 0 ? (
          <ul ref={listRef} onKeyDown={onListKey} aria-label="Search results">
            {hits.map((h) => {
              const lesson = findLesson(h.slug);
              return (
                <li key={h.id}>
                  <Link to={lessonPath(h.slug, h.anchor || undefined)}>
                    <span className="search-hit-title">{h.title}</span>
                    {h.anchor && lesson ? <span className="search-hit-lesson">in {lesson.title}</span> : null}
                    <span className="search-hit-excerpt">
                      <Highlighted text={h.excerpt} terms={h.terms} />
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
