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

/** One chart SVG cloned with its computed colours and fonts inlined, and its size on screen. */
function inlineSvg(svg: SVGSVGElement): { clone: SVGSVGElement; width: number; height: number } {
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
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { clone, width, height };
}

/**
 * A stand-alone SVG document of the charts inside `container`: every top-level `<svg>` at least
 * 100 px wide (legend icons are left out), stacked top to bottom as on the page, with computed
 * colours and fonts inlined (the page's CSS variables do not travel with the file), sizes fixed,
 * and a background of the page's colour.
 *
 * @throws Error when `container` holds no chart
 */
export function chartSvg(container: HTMLElement): { text: string; width: number; height: number } {
  const charts = [...container.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg') && svg.getBoundingClientRect().width >= 100);
  if (charts.length === 0) throw new Error('There is no chart to export yet.');
  const NS = 'http://www.w3.org/2000/svg';
  const doc = document.createElementNS(NS, 'svg');
  const background = document.createElementNS(NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
  doc.append(background);
  let width = 0;
  let height = 0;
  const gap = 12;
  for (const svg of charts) {
    const part = inlineSvg(svg);
    part.clone.setAttribute('x', '0');
    part.clone.setAttribute('y', String(height));
    doc.append(part.clone);
    width = Math.max(width, part.width);
    height += part.height + gap;
  }
  height -= gap;
  doc.setAttribute('xmlns', NS);
  doc.setAttribute('width', String(width));
  doc.setAttribute('height', String(height));
  doc.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { text: new XMLSerializer().serializeToString(doc), width, height };
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
