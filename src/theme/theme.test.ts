import { describe, expect, it } from 'vitest';
import { THEMES, colorSchemeOf, parseTheme } from './theme.ts';

describe('parseTheme', () => {
  it('accepts the known choices', () => {
    for (const t of THEMES) expect(parseTheme(t)).toBe(t);
  });
  it('falls back to following the system for anything else', () => {
    expect(parseTheme(null)).toBe('system');
    expect(parseTheme(undefined)).toBe('system');
    expect(parseTheme('purple')).toBe('system');
    expect(parseTheme('DARK')).toBe('system');
    expect(parseTheme('{"theme":"dark"}')).toBe('system');
  });
});

describe('colorSchemeOf', () => {
  it('forces the browser colours with a forced theme, follows the system otherwise', () => {
    expect(colorSchemeOf('dark')).toBe('dark');
    expect(colorSchemeOf('light')).toBe('light');
    expect(colorSchemeOf('system')).toBe('light dark');
  });
});
