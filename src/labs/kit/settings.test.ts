import { describe, expect, it } from 'vitest';
import { parseFields, queryFromSettings, settingsFromQuery, shownFields, type LabSettings } from './settings.ts';
import { choice, wholeNumber } from '../../params/parse.ts';

type F = 'mode' | 'size' | 'extra';
const settings: LabSettings<F, { mode: string; size: number }> = {
  fields: [
    { name: 'mode', label: 'Mode', help: '', kind: 'select', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { name: 'size', label: 'Size', help: '' },
    { name: 'extra', label: 'Extra', help: '', when: (raw) => raw.mode === 'b' },
  ],
  defaults: () => ({ mode: 'a', size: '10', extra: '1' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      mode: choice(['a', 'b'], 'Choose a or b.'),
      size: wholeNumber('the size', { min: 1, max: 100 }),
      extra: raw.mode === 'b' ? wholeNumber('extra', { min: 0, max: 5 }) : undefined,
    });
    return ok ? { params: { mode: values.mode!, size: values.size! }, errors } : { params: null, errors };
  },
};

describe('lab settings', () => {
  it('reads a link: values, autorun, values given twice, unknown parameters', () => {
    const link = settingsFromQuery(settings, new URLSearchParams('mode=b&size=5&size=6&colour=red&autorun=1'));
    expect(link.raw).toEqual({ mode: 'b', size: '5,6' });
    expect(link.autorun).toBe(true);
    expect(link.errors.size).toMatch(/size 2 times \("5", "6"\)/);
    expect(link.unknown).toEqual(['colour']);
    expect(settingsFromQuery(settings, new URLSearchParams('autorun=yes')).errors.autorun).toMatch(/autorun/);
  });

  it('shows and validates a conditional field only when it applies', () => {
    expect(shownFields(settings, { mode: 'a', size: '1', extra: 'x' }).map((f) => f.name)).toEqual(['mode', 'size']);
    expect(settings.validate({ mode: 'a', size: '1', extra: 'x' }, { cores: 2 }).params).toEqual({ mode: 'a', size: 1 });
    expect(settings.validate({ mode: 'b', size: '1', extra: 'x' }, { cores: 2 }).errors.extra).toMatch(/whole number/);
  });

  it('writes a link of the shown fields, with autorun when asked', () => {
    expect(queryFromSettings(settings, { mode: 'a', size: ' 7 ', extra: '3' })).toBe('mode=a&size=7');
    expect(queryFromSettings(settings, { mode: 'b', size: '7', extra: '3' }, true)).toBe('mode=b&size=7&extra=3&autorun=1');
  });
});
