import { useState, type RefObject } from 'react';
import { buildExport, downloadChartPng, downloadChartSvg, downloadCsv, downloadJson, type LabResults } from './export.ts';

/** Props of {@link ExportButtons}. */
export interface ExportButtonsProps {
  /** The results to export, or null before anything was measured (the buttons are then disabled). */
  results: LabResults | null;
  /** File name without extension, e.g. "speedup-integrate-n10000". */
  filename: string;
  /** The element holding the chart, for "Chart as SVG/PNG" (omit when the lab has no chart). */
  chart?: RefObject<HTMLElement | null>;
}

/**
 * Download buttons of a lab: results as CSV and JSON (every timed run, in the schema of
 * ./export-schema.ts) and the chart as SVG and PNG. A failure is shown beside the buttons.
 * Main thread (React).
 */
export function ExportButtons({ results, filename, chart }: ExportButtonsProps) {
  const [error, setError] = useState<string | null>(null);
  const none = results === null || results.runs.length === 0;
  const attempt = (action: () => void | Promise<void>) => () => {
    setError(null);
    Promise.resolve()
      .then(action)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <span className="lab-export" role="group" aria-label="Export results">
      <button type="button" disabled={none} onClick={attempt(() => { if (results) downloadCsv(filename, buildExport(results)); })}>
        Download CSV
      </button>
      <button type="button" disabled={none} onClick={attempt(() => { if (results) downloadJson(filename, buildExport(results)); })}>
        Download JSON
      </button>
      {chart ? (
        <>
          <button type="button" disabled={none} onClick={attempt(() => { if (chart.current) downloadChartSvg(filename, chart.current); })}>
            Chart as SVG
          </button>
          <button type="button" disabled={none} onClick={attempt(() => (chart.current ? downloadChartPng(filename, chart.current) : undefined))}>
            Chart as PNG
          </button>
        </>
      ) : null}
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </span>
  );
}
