import { describe, expect, it } from 'vitest';
import { breakersSettings, estimateLadderSeconds, ladderSettings, MAX_PYTHON_N, vectorFormsSettings } from './settings.ts';

const env = { cores: 4 };

describe('the compiled-code labs’ settings', () => {
  it('default to a ladder that CPython finishes in seconds', () => {
    const v = ladderSettings.validate(ladderSettings.defaults(env), env);
    expect(v.params).toEqual({ pyn: 1000, n: 3000, repeats: 2 });
    expect(estimateLadderSeconds(v.params!)).toBeLessThan(10);
  });

  it('refuse a CPython grid an interpreter would take minutes on, naming the field', () => {
    const v = ladderSettings.validate({ pyn: String(MAX_PYTHON_N + 1), n: '3000', repeats: '2' }, env);
    expect(v.params).toBeNull();
    expect(v.errors.pyn).toMatch(/n ≤ 3,000/);
  });

  it('refuse a ladder estimated over five minutes', () => {
    const v = ladderSettings.validate({ pyn: '3000', n: '20000', repeats: '20' }, env);
    expect(v.params).toBeNull();
    expect(v.errors.n).toMatch(/minutes/);
  });

  it('time ADACS’s 10 000 elements in the vector add, and 100 000 in the breakers', () => {
    expect(vectorFormsSettings.validate(vectorFormsSettings.defaults(env), env).params).toEqual({ n: 10_000, repeats: 5 });
    expect(breakersSettings.validate(breakersSettings.defaults(env), env).params).toEqual({ n: 100_000, repeats: 5 });
    expect(breakersSettings.validate({ n: '0', repeats: '5' }, env).errors.n).toBeDefined();
  });
});
