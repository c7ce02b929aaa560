import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  addSolvedExercise,
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
    expect(parseProgress('{"version":2,"lessons":{}}')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{"version":1,"lessons":{"a":{"complete":"yes","solved":[]}}}')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{"version":1,"lessons":{"a":{"complete":true,"solved":[3]}}}')).toEqual(EMPTY_PROGRESS);
  });

  it('round-trips a valid value', () => {
    let p = setLessonComplete(EMPTY_PROGRESS, 'integration', true, 1000);
    p = addSolvedExercise(p, 'integration', 'row-bounds');
    p = setLastVisited(p, 'integration', 'profile-first', 2000);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
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
