import { describe, expect, it } from 'vitest';
import { andromeda, catalogueChunks, makeStarChunk, makeStars, placeChunk } from './star-catalogue.ts';

describe('star catalogue (ADACS sky_sim)', () => {
  const centre = andromeda();

  it('centres on Andromeda as the workshop computes it', () => {
    expect(centre.dec).toBeCloseTo(41.269167, 6);
    expect(centre.ra).toBeCloseTo(14.215420, 5);
  });

  it('places every star within 1 degree of the centre in each coordinate', () => {
    const chunk = makeStarChunk(50_000, centre, 1, 0);
    const ra = chunk.subarray(0, 50_000);
    const dec = chunk.subarray(50_000);
    expect(Math.min(...ra)).toBeGreaterThanOrEqual(centre.ra - 1);
    expect(Math.max(...ra)).toBeLessThan(centre.ra + 1);
    expect(Math.min(...dec)).toBeGreaterThanOrEqual(centre.dec - 1);
    expect(Math.max(...dec)).toBeLessThan(centre.dec + 1);
    const meanDec = dec.reduce((s, x) => s + x, 0) / dec.length;
    expect(Math.abs(meanDec - centre.dec)).toBeLessThan(0.02);
  });

  it('writes the same catalogue in place as chunks copied back one by one', () => {
    const stars = 10_001;
    const chunks = catalogueChunks(stars, 20);
    const inPlace = new Float64Array(2 * stars);
    const assembled = new Float64Array(2 * stars);
    chunks.forEach(({ begin, end }, k) => {
      makeStars(inPlace, stars, begin, end - begin, centre, 9, k);
      placeChunk(assembled, stars, begin, makeStarChunk(end - begin, centre, 9, k));
    });
    expect(assembled).toEqual(inPlace);
    expect(inPlace.every((x) => x !== 0)).toBe(true);
  });

  it('splits the catalogue into contiguous chunks covering every star once', () => {
    const chunks = catalogueChunks(1_000_000, 20);
    expect(chunks).toHaveLength(20);
    expect(chunks[0]).toEqual({ begin: 0, end: 50_000 });
    expect(chunks.at(-1)!.end).toBe(1_000_000);
    expect(catalogueChunks(5, 20)).toHaveLength(5);
  });

  it('rejects a chunk that does not fit', () => {
    expect(() => makeStars(new Float64Array(10), 5, 3, 3, centre, 1, 0)).toThrow(/do not fit/);
  });
});
