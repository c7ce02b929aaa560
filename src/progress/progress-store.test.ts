import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  addSolvedExercise,
  decodeProgress,
  mergeProgress,
  parseProgress,
  serializeProgress,
  setLastVisited,
  setLessonComplete,
  summarizeCourse,
  summarizeLesson,
} from './progress-store.ts';

describe('parseProgress', () => {
  it('gives empty progress for nothing stored', () => {
    expect(parseProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('')).toEqual(EMPTY_PROGRESS);
  });

  it('ignores broken JSON instead of throwing', () => {
    expect(parseProgress('{"version":1,"lessons":')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('not json at all')).toEqual(EMPTY_PROGRESS);
  });

  it('ignores foreign values of another shape or version', () => {
    expect(parseProgress('"hello"')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('[1,2,3]')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{"version":3,"lessons":{}}')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{"version":0,"lessons":{}}')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{"version":1,"lessons":{"a":{"complete":"yes","solved":[]}}}')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{"version":2,"lessons":{"a":{"complete":true,"solved":[3]}}}')).toEqual(EMPTY_PROGRESS);
  });

  it('round-trips a valid value', () => {
    let p = setLessonComplete(EMPTY_PROGRESS, 'integration', true, 1000);
    p = addSolvedExercise(p, 'integration', 'row-bounds');
    p = setLastVisited(p, 'integration', 'profile-first', 2000);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
  });
});

describe('version 1 → 2 (lesson 08 "Message passing" split into point-to-point and collectives)', () => {
  const v1 = (value: object) => parseProgress(JSON.stringify({ version: 1, ...value }));

  it('reads version 1 and writes version 2', () => {
    const p = v1({ lessons: { integration: { complete: true, completedAt: 5, solved: ['row-bounds'] } } });
    expect(p).toEqual({ version: 2, lessons: { integration: { complete: true, completedAt: 5, solved: ['row-bounds'] } } });
    expect(JSON.parse(serializeProgress(p)).version).toBe(2);
  });

  it('marks neither new lesson complete, but the solved exercise follows it to collectives', () => {
    const p = v1({ lessons: { 'message-passing': { complete: true, completedAt: 9, solved: ['faded-acf', 'gone'] }, 'why-parallel': { complete: true, solved: [] } } });
    expect(p.lessons).toEqual({ 'why-parallel': { complete: true, solved: [] }, collectives: { complete: false, solved: ['faded-acf'] } });
  });

  it('keeps a collectives entry that already exists and does not duplicate the exercise', () => {
    const p = v1({ lessons: { 'message-passing': { complete: false, solved: ['faded-acf'] }, collectives: { complete: true, completedAt: 3, solved: ['faded-acf'] } } });
    expect(p.lessons).toEqual({ collectives: { complete: true, completedAt: 3, solved: ['faded-acf'] } });
  });

  it('maps the last visit through lessons/redirects.ts', () => {
    expect(v1({ lessons: {}, last: { slug: 'message-passing', anchor: 'deadlock', at: 1 } }).last).toEqual({ slug: 'point-to-point', anchor: 'deadlock', at: 1 });
    expect(v1({ lessons: {}, last: { slug: 'message-passing', anchor: 'monte-carlo-pi-with-gather', at: 2 } }).last).toEqual({
      slug: 'collectives',
      anchor: 'monte-carlo-pi-with-gather',
      at: 2,
    });
    expect(v1({ lessons: {}, last: { slug: 'message-passing', anchor: 'no-such-section', at: 3 } }).last).toEqual({ slug: 'point-to-point', at: 3 });
    expect(v1({ lessons: {}, last: { slug: 'message-passing', at: 4 } }).last).toEqual({ slug: 'point-to-point', at: 4 });
    expect(v1({ lessons: {}, last: { slug: 'integration', anchor: 'x', at: 5 } }).last).toEqual({ slug: 'integration', anchor: 'x', at: 5 });
  });

  it('a lesson slug such as __proto__ cannot change the prototype', () => {
    const p = parseProgress('{"version":1,"lessons":{"__proto__":{"complete":true,"solved":[]},"a":{"complete":true,"solved":[]}}}');
    expect(Object.getPrototypeOf(p.lessons)).toBe(Object.prototype);
    expect(p.lessons.a?.complete).toBe(true);
  });
});

describe('decodeProgress', () => {
  it('names the field at fault', () => {
    const d = decodeProgress({ version: 2, lessons: { x: { complete: 'yes', solved: [] } } });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problems[0]).toMatch(/^progress\.lessons\.x\.complete: .*boolean/);
  });

  it('refuses a newer version by name', () => {
    const d = decodeProgress({ version: 7, lessons: {} });
    expect(d).toEqual({ ok: false, problems: [expect.stringMatching(/^progress\.version: 7 was written by a newer Parallel Lab/)] });
  });
});

describe('mergeProgress', () => {
  it('keeps everything of both: complete in either, union of solved, later last visit', () => {
    let ours = setLessonComplete(EMPTY_PROGRESS, 'a', true, 10);
    ours = addSolvedExercise(ours, 'b', 'e1');
    ours = setLastVisited(ours, 'a', 'intro', 100);
    let theirs = setLessonComplete(EMPTY_PROGRESS, 'a', true, 5);
    theirs = addSolvedExercise(theirs, 'b', 'e2');
    theirs = setLessonComplete(theirs, 'c', true, 7);
    theirs = setLastVisited(theirs, 'c', undefined, 200);
    const m = mergeProgress(ours, theirs);
    expect(m).toEqual({
      version: 2,
      lessons: { a: { complete: true, completedAt: 5, solved: [] }, b: { complete: false, solved: ['e1', 'e2'] }, c: { complete: true, completedAt: 7, solved: [] } },
      last: { slug: 'c', at: 200 },
    });
    expect(mergeProgress(theirs, ours).last).toEqual({ slug: 'c', at: 200 });
    expect(mergeProgress(ours, EMPTY_PROGRESS)).toEqual(ours);
    // an older "not complete" never undoes a completion
    expect(mergeProgress(ours, setLessonComplete(setLessonComplete(EMPTY_PROGRESS, 'a', true, 1), 'a', false, 2)).lessons.a?.complete).toBe(true);
  });
});

describe('changes', () => {
  it('marks and unmarks a lesson complete without touching solved exercises', () => {
    const a = addSolvedExercise(EMPTY_PROGRESS, 'x', 'e1');
    const b = setLessonComplete(a, 'x', true, 5);
    expect(b.lessons.x).toEqual({ complete: true, completedAt: 5, solved: ['e1'] });
    const c = setLessonComplete(b, 'x', false, 6);
    expect(c.lessons.x).toEqual({ complete: false, solved: ['e1'] });
    expect(a.lessons.x?.complete).toBe(false);
  });

  it('returns the same object when nothing changes, so stores can skip writes', () => {
    const a = addSolvedExercise(EMPTY_PROGRESS, 'x', 'e1');
    expect(addSolvedExercise(a, 'x', 'e1')).toBe(a);
    expect(setLessonComplete(a, 'x', false, 1)).toBe(a);
    const v = setLastVisited(a, 'x', 'sec', 1);
    expect(setLastVisited(v, 'x', 'sec', 2)).toBe(v);
    expect(setLastVisited(v, 'x', undefined, 3).last).toEqual({ slug: 'x', at: 3 });
  });

  it('does not mutate the empty value', () => {
    setLessonComplete(EMPTY_PROGRESS, 'x', true, 1);
    expect(EMPTY_PROGRESS.lessons).toEqual({});
  });
});

describe('summaries', () => {
  it('counts completion and each known exercise as one step', () => {
    let p = setLessonComplete(EMPTY_PROGRESS, 'x', true, 1);
    p = addSolvedExercise(p, 'x', 'a');
    p = addSolvedExercise(p, 'x', 'gone');
    const s = summarizeLesson(p, 'x', ['a', 'b']);
    expect(s).toEqual({ complete: true, solved: ['a'], exerciseCount: 2, fraction: 2 / 3 });
    expect(summarizeLesson(p, 'y', []).fraction).toBe(0);
    expect(summarizeLesson(p, 'x', []).fraction).toBe(1);
  });

  it('solved exercises count toward progress even before the lesson is marked complete', () => {
    const p = addSolvedExercise(EMPTY_PROGRESS, 'x', 'a');
    expect(summarizeLesson(p, 'x', ['a']).fraction).toBe(0.5);
  });

  it('summarizes the course', () => {
    const p = setLessonComplete(EMPTY_PROGRESS, 'one', true, 1);
    const s = summarizeCourse(p, [
      { slug: 'one', exerciseIds: [] },
      { slug: 'two', exerciseIds: ['e'] },
    ]);
    expect(s).toEqual({ completeLessons: 1, totalLessons: 2, fraction: 0.5 });
    expect(summarizeCourse(p, [])).toEqual({ completeLessons: 0, totalLessons: 0, fraction: 0 });
  });
});
