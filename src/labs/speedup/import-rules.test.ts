import { describe, expect, it } from 'vitest';
import { importResultFiles } from '../kit/import-results.ts';
import { speedupComparisonKey, speedupImportRules } from './import-rules.ts';

describe('speedup lab: comparable results', () => {
  it('keys on the kernel and its parameters, read as numbers', () => {
    expect(speedupComparisonKey({ kernel: 'integrate', impl: 'wasm', n: '10_000', workers: '1,2', repeats: '3' })).toEqual({ ok: true, key: { kernel: 'integrate', n: '10000' } });
    expect(speedupComparisonKey({ kernel: 'pi', n: '1e6', seed: '7' })).toEqual({ ok: true, key: { kernel: 'pi', n: '1000000', seed: '7' } });
  });

  it.each([
    [{ n: '100' }, /settings\.kernel is missing/],
    [{ kernel: 'fft', n: '100' }, /settings\.kernel "fft" is not a kernel of this lab \("integrate" or "pi"\)/],
    [{ kernel: 'integrate' }, /settings\.n is missing \(Grid size n/],
    [{ kernel: 'integrate', n: '1.5' }, /settings\.n "1\.5": /],
    [{ kernel: 'pi', n: '100' }, /settings\.seed is missing/],
  ])('refuses %j', (settings, message) => {
    const r = speedupComparisonKey(settings);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a file of another n, naming both', () => {
    const data = {
      format: 'parallel-lab.results',
      version: 1,
      lab: { id: 'speedup', title: 'Speedup lab' },
      settings: { kernel: 'integrate', impl: 'js', n: '2000', workers: '1,2', repeats: '1' },
      link: '#/lab/speedup?kernel=integrate&n=2000',
      environment: { cores: 8, userAgent: 'x86_64 Linux', date: '2026-12-01T10:00:00Z', crossOriginIsolated: null, machine: 'node 1' },
      runs: [
        { series: '1 worker', workers: 1, repeat: 0, ms: 10 },
        { series: '2 workers', workers: 2, repeat: 0, ms: 5 },
      ],
      summary: [],
    };
    const r = importResultFiles([{ name: 'n2000.json', text: JSON.stringify(data) }], speedupImportRules, { existing: [], reference: { kernel: 'integrate', n: '1000' } });
    expect(r.added).toHaveLength(0);
    expect(r.messages[0]!.text).toBe('n2000.json was not added: it measured another problem, so its speedup is not comparable (n is 2000 here, 1000 in the results shown).');
    const ok = importResultFiles([{ name: 'n2000.json', text: JSON.stringify(data) }], speedupImportRules, { existing: [], reference: { kernel: 'integrate', n: '2000' } });
    expect(ok.added[0]).toMatchObject({ label: 'node 1', measuredIn: 'cluster', cores: 8 });
    expect(ok.added[0]!.best.speedup).toBe(2);
  });
});
