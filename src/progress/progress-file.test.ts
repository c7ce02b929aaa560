import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile, progressFileName, serializeProgressFile } from './progress-file.ts';
import { EMPTY_PROGRESS, addSolvedExercise, setLastVisited, setLessonComplete } from './progress-store.ts';

const now = new Date('2026-12-01T10:00:00Z');

function sample() {
  let p = setLessonComplete(EMPTY_PROGRESS, 'integration', true, 1000);
  p = addSolvedExercise(p, 'integration', 'row-bounds');
  p = setLastVisited(p, 'integration', 'profile-first', 2000);
  return p;
}

function fileWith(changes: Record<string, unknown>) {
  return JSON.stringify({ ...buildProgressFile(sample(), {}, now), ...changes });
}

describe('progress file', () => {
  it('round-trips progress and drafts', () => {
    const text = serializeProgressFile(buildProgressFile(sample(), { '03-integration/row-bounds': 'let a = 1;' }, now));
    expect(JSON.parse(text)).toMatchObject({ app: 'parallel-lab', kind: 'progress', version: 2, exportedAt: '2026-12-01T10:00:00.000Z' });
    expect(parseProgressFile(text)).toEqual({ ok: true, progress: sample(), drafts: { '03-integration/row-bounds': 'let a = 1;' } });
    expect(progressFileName(now)).toBe('parallel-lab-progress-2026-12-01.json');
  });

  it('imports a version 1 file exported before lesson 08 was split, migrated', () => {
    const text = JSON.stringify({
      app: 'parallel-lab',
      kind: 'progress',
      version: 1,
      progress: { version: 1, lessons: { 'message-passing': { complete: true, solved: ['faded-acf'] } }, last: { slug: 'message-passing', anchor: 'deadlock', at: 1 } },
      drafts: { '08-message-passing/faded-acf': 'code' },
    });
    const r = parseProgressFile(text);
    expect(r).toEqual({
      ok: true,
      progress: { version: 2, lessons: { collectives: { complete: false, solved: ['faded-acf'] } }, last: { slug: 'point-to-point', anchor: 'deadlock', at: 1 } },
      drafts: { '08-message-passing/faded-acf': 'code' },
    });
  });

  it('refuses a file that is not JSON, saying so', () => {
    const r = parseProgressFile('{"app": "parallel-lab",');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^The file is not JSON: /);
  });

  it('refuses JSON that is not a progress file', () => {
    for (const text of ['[]', 'null', '{"version":2,"lessons":{}}', '{"app":"parallel-lab","kind":"lab-results"}']) {
      const r = parseProgressFile(text);
      expect(r).toEqual({ ok: false, message: expect.stringMatching(/^This is not a Parallel Lab progress file/) });
    }
  });

  it('names the field at fault', () => {
    const bad = { version: 2, lessons: { integration: { complete: 'maybe', solved: [] } } };
    const r = parseProgressFile(fileWith({ progress: bad }));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('progress.lessons.integration.complete: ') });
    const r2 = parseProgressFile(fileWith({ drafts: { '03-integration/row-bounds': 42 } }));
    expect(r2).toEqual({ ok: false, message: expect.stringContaining('drafts.03-integration/row-bounds: ') });
    const r3 = parseProgressFile(fileWith({ drafts: { '../../etc': 'x' } }));
    expect(r3).toEqual({ ok: false, message: expect.stringContaining('03-integration/row-bounds') });
    const r4 = parseProgressFile(fileWith({ progress: { version: 9, lessons: {} } }));
    expect(r4).toEqual({ ok: false, message: expect.stringContaining('progress.version: 9 was written by a newer Parallel Lab') });
  });

  it('refuses a file that is far too large', () => {
    const r = parseProgressFile(' '.repeat(2_000_001));
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });
});
