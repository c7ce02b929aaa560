import { describe, expect, it } from 'vitest';
import type { LabExport } from './export-schema.ts';
import {
  comparableSeries,
  importResultFiles,
  keyDifference,
  machineLabel,
  measuredIn,
  pointsFromRuns,
  type ImportRules,
  type ResultsFileText,
} from './import-results.ts';

/** A lab whose results are comparable when `size` agrees. */
const rules: ImportRules = {
  labId: 'demo',
  labTitle: 'Demo lab',
  comparisonKey: (s) => (s.size === undefined ? { ok: false, error: 'settings.size is missing' } : { ok: true, key: { size: s.size } }),
};

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A results file of the demo lab: `ms[p]` lists the timed runs on p workers. */
function file(ms: Record<number, number[]>, over: Partial<LabExport> & { env?: Partial<LabExport['environment']> } = {}): LabExport {
  const { env, ...rest } = over;
  return {
    format: 'parallel-lab.results',
    version: 1,
    lab: { id: 'demo', title: 'Demo lab' },
    settings: { size: '100', workers: Object.keys(ms).join(','), repeats: '3' },
    link: '#/lab/demo?size=100',
    environment: { cores: 4, userAgent: CHROME, date: '2026-12-01T10:00:00.000Z', crossOriginIsolated: true, ...env },
    runs: Object.entries(ms).flatMap(([p, list]) => list.map((t, i) => ({ series: `${p} workers`, workers: Number(p), repeat: i, ms: t, value: 1 }))),
    summary: [],
    ...rest,
  };
}
const text = (name: string, data: unknown): ResultsFileText => ({ name, text: JSON.stringify(data) });

describe('derived series', () => {
  it('takes the median of the timed runs per worker count and the speedup against 1 worker', () => {
    const r = pointsFromRuns(file({ 1: [100, 300, 110], 2: [60, 50, 55], 4: [30, 40] }).runs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.points.map((p) => p.workers)).toEqual([1, 2, 4]);
    expect(r.points.map((p) => p.medianMs)).toEqual([110, 55, 35]);
    expect(r.points[1]!.speedup).toBeCloseTo(2, 12);
    expect(r.points[2]!.speedup).toBeCloseTo(110 / 35, 12);
    expect(r.points[2]!.efficiency).toBeCloseTo(110 / 35 / 4, 12);
    expect(r.points.map((p) => p.runs)).toEqual([3, 3, 2]);
  });

  it('refuses runs without a 1-worker baseline or without a workers count', () => {
    expect(pointsFromRuns(file({ 2: [10] }).runs)).toEqual({ ok: false, error: expect.stringMatching(/no runs on 1 worker/) });
    expect(pointsFromRuns([{ series: 'x', repeat: 0, ms: 1 }])).toEqual({ ok: false, error: expect.stringMatching(/runs\.0 \("x"\) has no workers/) });
    expect(pointsFromRuns([])).toEqual({ ok: false, error: expect.stringMatching(/no timed runs/) });
  });

  it.each([
    [{ machine: 'cluster node', userAgent: CHROME, cores: 16 }, 'cluster node'],
    [{ userAgent: CHROME, cores: 8 }, 'Chrome on Linux, 8 cores'],
    [{ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15', cores: 1 }, 'Safari on macOS, 1 core'],
    [{ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', cores: null }, 'Firefox on Windows'],
    [{ userAgent: 'Linux-6.1.0-18-amd64-x86_64 Python 3.11.2 on b-cn0932', cores: 28 }, 'Linux-6.1.0-18-amd64-x86_64 Python 3.11…, 28 cores'],
    [{ machine: '  ', userAgent: '', cores: 2 }, 'unknown machine, 2 cores'],
  ])('labels the machine of %j as "%s"', (env, label) => {
    expect(machineLabel({ date: '2026-12-01T10:00:00Z', crossOriginIsolated: null, ...env })).toBe(label);
  });

  it('tells a browser (crossOriginIsolated true or false) from a program outside one (null)', () => {
    expect(measuredIn(file({ 1: [1] }).environment)).toBe('browser');
    expect(measuredIn(file({ 1: [1] }, { env: { crossOriginIsolated: false } }).environment)).toBe('browser');
    expect(measuredIn(file({ 1: [1] }, { env: { crossOriginIsolated: null } }).environment)).toBe('cluster');
  });
});

describe('importing files', () => {
  const laptop = file({ 1: [100, 100, 100], 2: [52, 50, 51] });
  const cluster = file({ 1: [80, 81, 79], 2: [41, 40, 40], 4: [21, 20, 22], 8: [11, 11, 12] }, { env: { machine: 'cluster node', cores: 32, crossOriginIsolated: null, userAgent: 'Linux x86_64, Python 3.11' } });

  it('adds good files and names each bad one with what is wrong, keeping the rest', () => {
    const { added, messages } = importResultFiles(
      [
        text('laptop.json', laptop),
        { name: 'notes.json', text: '{"format": ' },
        text('other-format.json', { ...laptop, format: 'something-else' }),
        text('other-lab.json', { ...laptop, lab: { id: 'scaling', title: 'Scaling lab' } }),
        text('other-size.json', { ...laptop, settings: { ...laptop.settings, size: '200' } }),
        text('no-size.json', { ...laptop, settings: {} }),
        text('cluster.json', cluster),
      ],
      rules,
      { existing: [], reference: { size: '100' } },
    );
    expect(added.map((s) => s.fileName)).toEqual(['laptop.json', 'cluster.json']);
    expect(messages.map((m) => m.ok)).toEqual([true, false, false, false, false, false, true]);
    expect(messages[1]!.text).toMatch(/^notes\.json was not added: it is not JSON/);
    expect(messages[2]!.text).toMatch(/^other-format\.json was not added: it is not a Parallel Lab results file: format:/);
    expect(messages[3]!.text).toMatch(/^other-lab\.json was not added: it holds results of another lab \("Scaling lab", lab\.id "scaling"\), not the Demo lab/);
    expect(messages[4]!.text).toBe('other-size.json was not added: it measured another problem, so its speedup is not comparable (size is 200 here, 100 in the results shown).');
    expect(messages[5]!.text).toMatch(/^no-size\.json was not added: settings\.size is missing/);
    expect(messages[6]!.text).toBe('cluster.json added: cluster node (cluster), 4 worker counts, best speedup 7.27 on 8 workers.');
    const c = added[1]!;
    expect(c).toMatchObject({ label: 'cluster node', cores: 32, measuredIn: 'cluster', date: '2026-12-01T10:00:00.000Z', key: { size: '100' } });
    expect(c.best.workers).toBe(8);
    expect(c.best.speedup).toBeCloseTo(80 / 11, 12);
    expect(added[0]!.label).toBe('Chrome on Linux, 4 cores');
    expect(new Set(added.map((s) => s.id)).size).toBe(2);
  });

  it('without a reference, the first file sets the problem the others must share', () => {
    const { added, messages } = importResultFiles([text('a.json', laptop), text('b.json', { ...cluster, settings: { size: '5' } })], rules, { existing: [], reference: null });
    expect(added).toHaveLength(1);
    expect(messages[1]!.text).toMatch(/size is 5 here, 100 in the results shown/);
  });

  it('refuses a file already shown, and keeps the existing series', () => {
    const first = importResultFiles([text('a.json', laptop)], rules, { existing: [], reference: null });
    const again = importResultFiles([text('copy.json', laptop), text('cluster.json', cluster)], rules, { existing: first.added, reference: null });
    expect(again.messages[0]!.text).toBe('copy.json was not added: it holds the same measurement as a.json, already shown.');
    expect(again.added.map((s) => s.fileName)).toEqual(['cluster.json']);
  });

  it('imports a whole class at once: one series per file', () => {
    const files = Array.from({ length: 40 }, (_, i) =>
      text(`student-${i}.json`, file({ 1: [100 + i], 2: [55 + i], 4: [30 + i] }, { env: { machine: `laptop ${i}`, cores: 2 + (i % 7) } })),
    );
    const { added, messages } = importResultFiles(files, rules, { existing: [], reference: { size: '100' } });
    expect(added).toHaveLength(40);
    expect(messages.every((m) => m.ok)).toBe(true);
    expect(added[39]).toMatchObject({ label: 'laptop 39', cores: 6 });
    expect(added[39]!.points[2]!.speedup).toBeCloseTo(139 / 69, 12);
  });

  it('refuses a file too large to be a results file', () => {
    const { messages } = importResultFiles([{ name: 'huge.json', text: ' '.repeat(5_000_001) }], rules, { existing: [], reference: null });
    expect(messages[0]!.text).toMatch(/^huge\.json was not added: it is 5,000,001 characters long/);
  });
});

describe('comparison', () => {
  it('says how two keys differ, or null', () => {
    expect(keyDifference({ kernel: 'pi', n: '10' }, { kernel: 'pi', n: '10' })).toBeNull();
    expect(keyDifference({ kernel: 'pi', n: '10' }, { kernel: 'integrate', n: '20' })).toBe('kernel is pi here, integrate in the results shown; n is 10 here, 20 in the results shown');
    expect(keyDifference({ kernel: 'pi' }, { kernel: 'pi', seed: '1' })).toBe('seed is missing here, 1 in the results shown');
  });

  it('charts only the series comparable with the page’s results, keeping the others with the reason', () => {
    const { added } = importResultFiles([text('a.json', file({ 1: [10], 2: [6] }))], rules, { existing: [], reference: null });
    expect(comparableSeries(added, null).shown).toHaveLength(1);
    expect(comparableSeries(added, { size: '100' }).shown).toHaveLength(1);
    const other = comparableSeries(added, { size: '7' });
    expect(other.shown).toHaveLength(0);
    expect(other.hidden[0]!.reason).toBe('size is 100 here, 7 in the results shown');
  });
});
