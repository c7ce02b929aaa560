/**
 * Building and downloading a lab's results: the JSON of ./export-schema.ts, its CSV, and a chart
 * as SVG or PNG. Main thread (DOM).
 */
import type { ExportedRun, LabExport } from './export-schema.ts';
import { exportToCsv } from './export-schema.ts';
import { labHash } from './definition.ts';
import { readEnvironment } from '../../env/environment.ts';

/** What a lab provides to export its results. */
export interface LabResults {
  /** The lab's id and title. */
  lab: { id: string; title: string };
  /** The settings the results were measured with (text per field). */
  settings: Record<string, string>;
  /** Query of the link that reproduces them. */
  query: string;
  /** Every timed run. */
  runs: ExportedRun[];
  /** The table rows, as shown. */
  summary: Record<string, number | string | boolean | null>[];
}

/** The export file of `results`, stamped with this browser's environment and the date. Main thread. */
export function buildExport(results: LabResults, date = new Date()): LabExport {
  const env = readEnvironment();
  return {
    format: 'parallel-lab.results',
    version: 1,
    lab: results.lab,
    settings: results.settings,
    link: labHash(results.lab.id, results.query),
    environment: {
      cores: env.cores,
      userAgent: typeof navigator === 'undefined' ? 'unknown' : navigator.userAgent,
      date: date.toISOString(),
      crossOriginIsolated: env.crossOriginIsolated,
    },
    runs: results.runs,
    summary: results.summary,
  };
}

/** Offers `blob` as a download named `filename`. Main thread. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the results as JSON. Main thread. */
export function downloadJson(filename: string, data: LabExport): void {
  downloadBlob(`${filename}.json`, new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
}

/** Downloads the results as CSV (one line per timed run). Main thread. */
export function downloadCsv(filename: string, data: LabExport): void {
  downloadBlob(`${filename}.csv`, new Blob([exportToCsv(data)], { type: 'text/csv' }));
}

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

/**
 * A stand-alone SVG document of the first `<svg>` inside `container` (a chart): computed colours
 * and fonts inlined (the page's CSS variables do not travel with the file), its size fixed, and a
 * background of the page's colour.
 *
 * @throws Error when `container` holds no SVG
 */
export function chartSvg(container: HTMLElement): { text: string; width: number; height: number } {
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('There is no chart to export yet.');
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const style = getComputedStyle(el);
    const out = target[i] as SVGElement | undefined;
    if (!out) return;
    out.setAttribute('style', STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).filter((d) => !d.endsWith(':')).join(';'));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** Downloads the chart in `container` as SVG. Main thread. @throws Error when there is no chart */
export function downloadChartSvg(filename: string, container: HTMLElement): void {
  downloadBlob(`${filename}.svg`, new Blob([chartSvg(container).text], { type: 'image/svg+xml' }));
}

/**
 * Downloads the chart in `container` as PNG at twice its size on screen (sharp on slides).
 * Main thread. @throws Error when there is no chart or the browser cannot draw it
 */
export async function downloadChartPng(filename: string, container: HTMLElement): Promise<void> {
  const { text, width, height } = chartSvg(container);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = Object.assign(document.createElement('canvas'), { width: width * scale, height: height * scale });
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the chart to an image.');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('This browser cannot encode the chart as PNG.');
    downloadBlob(`${filename}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
