import { describe, expect, it } from 'vitest';
import { markerPath, seriesStyle } from './series-style.ts';

describe('imported series styles', () => {
  it('tells the first 20 series apart by marker and dash pattern, not by colour alone', () => {
    const shapes = Array.from({ length: 20 }, (_, i) => seriesStyle(i)).map((s) => `${s.marker}|${s.dash}`);
    expect(new Set(shapes).size).toBe(20);
  });

  it('draws each marker shape as its own path, closed except the cross', () => {
    expect(markerPath('ring', 10, 20, 5)).toBe('M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
    expect(markerPath('square', 10, 20, 5)).toBe('M5,15h10v10h-10Z');
    expect(markerPath('cross', 10, 20, 5)).toBe('M5,15L15,25M15,15L5,25');
    const shapes = ['square', 'triangle', 'diamond', 'cross', 'ring'] as const;
    const paths = shapes.map((shape) => markerPath(shape, 10, 20, 5));
    expect(new Set(paths).size).toBe(shapes.length);
    for (const [i, d] of paths.entries()) expect(d.endsWith('Z')).toBe(shapes[i] !== 'cross');
  });
});
