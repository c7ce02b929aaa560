import { startTransition, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { formatRatio, plural } from './format.ts';
import {
  comparableSeries,
  importResultFiles,
  type ComparisonKey,
  type FileMessage,
  type ImportedSeries,
  type ImportRules,
  type ResultsFileText,
} from './import-results.ts';

/** Props of {@link ImportResults}. */
export interface ImportResultsProps {
  /** Which lab's files are accepted and what makes them comparable. */
  rules: ImportRules;
  /** The series imported so far (the lab holds them, to chart and tabulate). */
  imported: readonly ImportedSeries[];
  /** The comparison key of the page's own results, or null when it shows none yet. */
  reference: ComparisonKey | null;
  /** Receives the new list after an import or a removal. */
  onChange: (next: ImportedSeries[]) => void;
}

let sequence = 0;
/** A new series id, unique on this page. */
const nextId = (): string => `import-${++sequence}`;

/** Lets the browser paint and handle input between files, so a class's files never block the main thread. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * "Add results from a file": a file input (several .json files at once) and a drop zone for
 * results files (the lab kit's Download JSON, or the cluster export's results), a polite live
 * region with one message per file (what was added, or what is wrong), and the list of imported
 * files, each with a Remove button (and a note when it is not comparable with the results shown,
 * so not charted). A bad file never removes what is already shown.
 *
 * Main thread (React). Files are read with `File.text()` and parsed one at a time, yielding to
 * the page between files.
 */
export function ImportResults({ rules, imported, reference, onChange }: ImportResultsProps) {
  const id = useId();
  const [messages, setMessages] = useState<FileMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  // The list as of the last render or change, for imports that finish after other changes.
  const latest = useRef(imported);
  useEffect(() => {
    latest.current = imported;
  }, [imported]);

  const addFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    setBusy(true);
    const out: FileMessage[] = [];
    let list = [...latest.current];
    try {
      for (const file of files) {
        let read: ResultsFileText;
        try {
          read = { name: file.name, text: await file.text() };
        } catch (e) {
          out.push({ file: file.name, ok: false, text: `${file.name} was not added: it could not be read (${e instanceof Error ? e.message : String(e)}).` });
          continue;
        }
        const r = importResultFiles([read], rules, { existing: list, reference, nextId });
        list = [...list, ...r.added];
        out.push(...r.messages);
        await yieldToPage();
      }
    } finally {
      latest.current = list;
      // A transition: React renders the lab's chart and tables in slices, so a class's files never block the page.
      startTransition(() => onChange(list));
      setMessages(out);
      setBusy(false);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    void addFiles([...e.dataTransfer.files]);
  };
  const remove = (series: ImportedSeries): void => {
    const next = latest.current.filter((s) => s.id !== series.id);
    latest.current = next;
    startTransition(() => onChange(next));
    setMessages([{ file: series.fileName, ok: true, text: `${series.fileName} (${series.label}) removed.` }]);
  };
  const removeAll = (): void => {
    const n = latest.current.length;
    latest.current = [];
    startTransition(() => onChange([]));
    setMessages([{ file: '', ok: true, text: `${plural(n, 'imported file')} removed.` }]);
  };

  const { hidden } = comparableSeries(imported, reference);
  const reasons = new Map(hidden.map((h) => [h.series.id, h.reason]));
  const added = messages.filter((m) => m.ok).length;

  return (
    <section className="import-results" aria-labelledby={`${id}-title`} data-testid="import-results">
      <h4 id={`${id}-title`} className="import-title">Compare with other machines</h4>
      <div
        className={`import-drop${dragging ? ' import-drop-active' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`} className="import-label">Add results from a file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          multiple
          disabled={busy}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void addFiles(files);
          }}
        />
        <p id={`${id}-help`} className="field-help">
          Choose or drop one or more results files (.json): this lab’s Download JSON from another browser, or the results the
          cluster export’s program writes. Each is charted as a machine of its own.
        </p>
      </div>
      <div role="status" aria-live="polite" className="import-messages" data-testid="import-messages">
        {messages.length > 1 ? <p>{added} of {plural(messages.length, 'file')} added.</p> : null}
        {messages.length > 0 ? (
          <ul>
            {messages.map((m, i) => (
              <li key={`${i}-${m.file}`} className={m.ok ? 'import-ok' : 'import-bad'} data-ok={m.ok}>
                {m.text}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {imported.length > 0 ? (
        <>
          <ul className="import-list" aria-label="Imported results" data-testid="import-list">
            {imported.map((s) => (
              <li key={s.id} data-series={s.id}>
                <span className="import-name">
                  <strong>{s.label}</strong> <span className="note">({s.measuredIn}, {s.cores === null ? 'cores unknown' : plural(s.cores, 'core')}, best speedup {formatRatio(s.best.speedup)}) from {s.fileName}</span>
                  {reasons.has(s.id) ? <span className="import-hidden"> Not charted: it timed another problem ({reasons.get(s.id)}).</span> : null}
                </span>
                <button type="button" onClick={() => remove(s)} aria-label={`Remove ${s.fileName} (${s.label})`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {imported.length > 1 ? (
            <button type="button" onClick={removeAll}>
              Remove all imported results
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
