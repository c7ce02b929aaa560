import { describe, expect, it } from 'vitest';
import { currentSection, stepSection } from './section-steps.ts';

describe('presenter section steps', () => {
  const line = 80;
  it('knows the current section from heading positions', () => {
    expect(currentSection([200, 900, 1600], line)).toBe(-1);
    expect(currentSection([-500, 60, 700], line)).toBe(1);
    expect(currentSection([-900, -400, -10], line)).toBe(2);
    expect(currentSection([], line)).toBe(-1);
  });

  it('steps forward to the next section, and stays on the last', () => {
    expect(stepSection([200, 900], line, 1)).toBe(0);
    expect(stepSection([64, 900], line, 1)).toBe(1);
    expect(stepSection([-800, 64], line, 1)).toBe(1);
    expect(stepSection([], line, 1)).toBe(-1);
  });

  it('steps back to the previous section, or to the top of the lesson', () => {
    expect(stepSection([-800, 64], line, -1)).toBe(0);
    expect(stepSection([64, 900], line, -1)).toBe(-1);
    expect(stepSection([200, 900], line, -1)).toBe(-1);
  });

  it('uses the section last stepped to while its heading is on screen (end of the page)', () => {
    // The last two headings are both on screen and the page cannot scroll further.
    const tops = [-2000, 300, 600];
    expect(stepSection(tops, line, 1)).toBe(1);
    expect(stepSection(tops, line, 1, { index: 1, viewportHeight: 800 })).toBe(2);
    expect(stepSection(tops, line, -1, { index: 2, viewportHeight: 800 })).toBe(1);
    // Scrolled away from it by hand: positions win.
    expect(stepSection([-3000, -2000, -1000], line, 1, { index: 0, viewportHeight: 800 })).toBe(2);
  });
});
