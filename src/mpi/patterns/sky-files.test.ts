/**
 * The sky-simulation file pattern: part names sort in rank order, parts have the expected sizes,
 * collating them in name order gives the catalogue with ids in order (and out of order it is
 * caught), and the whole pattern on in-process ranks with a memory store.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../workflow/store.ts';
import { runInProcess } from '../run-in-process.ts';
import { CATALOGUE_FILE, checkCatalogue, LINE_BYTES, partBytes, partName, partsToCollate, partText, starLine } from './sky-files.ts';
import { skySimRank } from './sky-sim-rank.ts';

describe('the part files', () => {
  it('are named as the workshop names them and sort in rank order, also past rank 9 and 99', () => {
    expect(partName(0)).toBe('catalog_mpi.csv_part000');
    const names = [12, 3, 100, 0, 99, 10].map((r) => partName(r));
    expect(partsToCollate([...names, CATALOGUE_FILE, 'other.txt'])).toEqual([0, 3, 10, 12, 99, 100].map((r) => partName(r)));
    expect(() => partName(1000)).toThrow(RangeError);
  });

  it('hold 36-byte lines in the workshop format, the header only on rank 0', () => {
    expect(starLine(0)).toMatch(/^0000000, {4}\d{2}\.\d{6}, {4}\d{2}\.\d{6}\n$/);
    for (const [stars, size] of [[10, 3], [100_000, 4], [7, 7]] as const) {
      for (let r = 0; r < size; r++) {
        const part = partText(stars, size, r);
        expect(part.text.length).toBe(partBytes(stars, size, r));
        expect(part.text.length).toBe(part.count * LINE_BYTES + (r === 0 ? 10 : 0));
      }
    }
  });

  it('collated in name order give the checked catalogue; in another order the check names the line', () => {
    const stars = 1000;
    const parts = [0, 1, 2, 3].map((r) => partText(stars, 4, r).text);
    expect(checkCatalogue(parts.join(''), stars)).toEqual({ ok: true, lines: 1001, bytes: 10 + 36 * 1000 });
    const swapped = checkCatalogue([parts[0], parts[2], parts[1], parts[3]].join(''), stars);
    expect(swapped.ok).toBe(false);
    expect(swapped.problem).toMatch(/line 252 .* star 250/);
    expect(checkCatalogue(parts.slice(1).join(''), stars).ok).toBe(false);
  });
});

describe('the sky simulation on ranks', () => {
  for (const size of [1, 3, 4]) {
    it(`on ${size} rank${size === 1 ? '' : 's'}: parts, a barrier, rank 0 collates a correct catalogue`, async () => {
      const store = new MemoryStore();
      const stars = 2000;
      const snap = await runInProcess({ program: (comm, env) => skySimRank(comm, env, store, { stars }), size });
      expect(snap.status).toBe('ok');
      const files = await store.list();
      expect([...files.keys()].sort()).toEqual([CATALOGUE_FILE, ...Array.from({ length: size }, (_, r) => partName(r))].sort());
      for (let r = 0; r < size; r++) expect((await store.read(partName(r)))!.length).toBe(partBytes(stars, size, r));
      const text = new TextDecoder().decode(await store.read(CATALOGUE_FILE));
      expect(checkCatalogue(text, stars).ok).toBe(true);
      expect(snap.returns[0]).toMatchObject({ check: { ok: true, lines: stars + 1 } });
      expect(snap.trace.collectives.map((c) => c.name)).toEqual(['barrier']);
      expect(snap.trace.messages.filter((m) => m.context === 'p2p')).toEqual([]); // no star travels in a message
    });
  }
});
