import { describe, expect, it } from 'vitest';
import { exportToCsv, parseLabExport, type LabExport } from './export-schema.ts';

const sample: LabExport = {
  format: 'parallel-lab.results',
  version: 1,
  lab: { id: 'speedup', title: 'Speedup lab' },
  settings: { kernel: 'integrate', n: '1000', workers: '1,2', repeats: '2' },
  link: '#/lab/speedup?kernel=integrate&n=1000&workers=1,2&repeats=2',
  environment: { cores: 2, userAgent: 'Test, "quoted"', date: '2026-12-01T10:00:00.000Z', crossOriginIsolated: true },
  runs: [
    { series: '1 worker', workers: 1, repeat: 0, ms: 10.5, value: 1e-17 },
    { series: '1 worker', workers: 1, repeat: 1, ms: 11, value: 1e-17 },
    { series: '2 workers', workers: 2, repeat: 0, ms: 6, value: 2e-12, text: '2.000000e-12' },
  ],
  summary: [{ workers: 1, median_ms: 10.75 }, { workers: 2, median_ms: 6 }],
};

describe('results export schema', () => {
  it('accepts its own files and round-trips them through JSON', () => {
    const r = parseLabExport(JSON.stringify(sample));
    expect(r).toEqual({ ok: true, value: sample });
  });

  it.each([
    ['not JSON', '{', /Not JSON/],
    ['another format', JSON.stringify({ ...sample, format: 'other' }), /^format/],
    ['a newer version', JSON.stringify({ ...sample, version: 2 }), /^version/],
    ['a run without ms', JSON.stringify({ ...sample, runs: [{ series: 'x', repeat: 0 }] }), /^runs\.0\.ms/],
    ['a bad date', JSON.stringify({ ...sample, environment: { ...sample.environment, date: 'yesterday' } }), /^environment\.date/],
  ])('refuses %s, naming the field', (_what, text, message) => {
    const r = parseLabExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('writes one CSV line per timed run with the settings and extra columns', () => {
    const lines = exportToCsv(sample).trimEnd().split('\r\n');
    expect(lines[0]).toBe('lab,kernel,n,workers_setting,repeats,cores,date,series,workers,repeat,ms,value,text');
    expect(lines).toHaveLength(1 + sample.runs.length);
    expect(lines[1]).toBe('speedup,integrate,1000,"1,2",2,2,2026-12-01T10:00:00.000Z,1 worker,1,0,10.5,1e-17,');
    expect(lines[3]).toBe('speedup,integrate,1000,"1,2",2,2,2026-12-01T10:00:00.000Z,2 workers,2,0,6,2e-12,2.000000e-12');
  });
});
