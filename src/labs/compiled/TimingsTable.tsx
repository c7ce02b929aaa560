/**
 * The results table of a compiled-code lab: one header row of columns, one row per rung, form or
 * loop (the lab's own rows), a caption for screen readers, in the kit's scrolling table wrapper.
 * Main thread (React).
 */
import type { ReactNode } from 'react';

/** Style of table cells that may wrap (the lab kit's tables keep cells on one line). */
export const WRAP = { whiteSpace: 'normal' } as const;

/** One column of a {@link TimingsTable}. */
export interface TimingsColumn {
  label: ReactNode;
  /** The header may wrap (long headers; see {@link WRAP}). */
  wrap?: boolean;
}

/** Props of {@link TimingsTable}. */
export interface TimingsTableProps {
  /** The table's data-testid. */
  testId: string;
  /** The caption, read by screen readers only. */
  caption: string;
  columns: readonly TimingsColumn[];
  /** The body's rows (`<tr>` with a `<th scope="row">` first). */
  children: ReactNode;
}

/**
 * A compiled-code lab's results table (see the file's comment): the header row from `columns`,
 * the lab's rows as `children`; units belong in the column labels ("µs per add", "Scalar (ns)").
 * Main thread (React); throws nothing.
 */
export function TimingsTable({ testId, caption, columns, children }: TimingsTableProps) {
  return (
    <div className="table-wrap">
      <table className="results" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" style={c.wrap ? WRAP : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
