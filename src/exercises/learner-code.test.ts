import { describe, expect, it } from 'vitest';
import { compileLearnerCode, frameLine, lineOfFunction, measureBodyOffset } from './learner-code.ts';

const api = { parallelMap: undefined, runWorkers: undefined, runRanks: undefined, mpirun: undefined, cores: 2 };

describe('learner code', () => {
  it('returns the named functions and leaves missing ones undefined', () => {
    const c = compileLearnerCode('function add(a, b) { return a + b; }\nconst k = 3;', ['add', 'mul']);
    const x = c.instantiate(api);
    expect((x.add as (a: number, b: number) => number)(2, 3)).toBe(5);
    expect(x.mul).toBeUndefined();
  });

  it('passes the API as globals', () => {
    const c = compileLearnerCode('function f() { return cores * 10; }', ['f']);
    expect((c.instantiate(api).f as () => number)()).toBe(20);
  });

  it('maps a runtime error to its line in the editor', () => {
    const src = 'function f(x) {\n  const y = x + 1;\n  return y.nope.deeper;\n}\n';
    const c = compileLearnerCode(src, ['f']);
    const f = c.instantiate(api).f as (x: number) => number;
    let caught: unknown;
    try {
      f(1);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(c.lineOf(caught)).toBe(3);
  });

  it('maps a throw at the top level', () => {
    const c = compileLearnerCode('\n\nthrow new Error("top");', ['f']);
    try {
      c.instantiate(api);
      expect.unreachable();
    } catch (e) {
      expect(c.lineOf(e)).toBe(3);
    }
  });

  it('runs in strict mode (an undeclared assignment throws)', () => {
    const c = compileLearnerCode('function f() { total = 1; }', ['f']);
    expect(() => (c.instantiate(api).f as () => void)()).toThrow(ReferenceError);
  });

  it('throws a SyntaxError for broken code and rejects bad export names', () => {
    expect(() => compileLearnerCode('function (', ['f'])).toThrow(SyntaxError);
    expect(() => compileLearnerCode('', ['not-a-name'])).toThrow(/identifier/);
  });

  it('finds stack lines and function positions', () => {
    expect(frameLine('Error\n    at f (learner-code.js:7:3)', 'learner-code.js')).toBe(7);
    expect(frameLine('f@http://x/y line 2 > Function:9:1', 'learner-code.js')).toBeUndefined();
    expect(measureBodyOffset(['a'], 'probe-test.js')).toBeGreaterThanOrEqual(1);
    expect(lineOfFunction('a\nb\nfunction g() {}', 'function g() {}')).toBe(3);
    expect(lineOfFunction('a', 'zzz')).toBeUndefined();
  });
});
