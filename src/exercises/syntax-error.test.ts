import { describe, expect, it } from 'vitest';
import { findSyntaxErrorLine } from './syntax-error.ts';

describe('findSyntaxErrorLine', () => {
  it('finds the line of a parse error', () => {
    expect(findSyntaxErrorLine('function f() {\n  return 1;\n}\nconst x = ;\n')).toBe(4);
    expect(findSyntaxErrorLine('let a = 1;\nif (a {\n}\n')).toBe(2);
  });
  it('finds nothing in valid code', () => {
    expect(findSyntaxErrorLine('function f(n) { return n * 2; }\n')).toBeUndefined();
  });
});
