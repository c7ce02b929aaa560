import { describe, expect, it } from 'vitest';
import { unzipSync, strToU8, strFromU8 } from 'fflate';
import { countWords, parseCounts, plotSvg, ratio2, summaryTable, words, zipfTable } from './word-count.ts';
import { generateBook, vocabulary, VOCABULARY_SIZE } from './zipf-text.ts';
import { runStep } from './steps.ts';

describe('word-count steps', () => {
  it('counts words like the Python script: a-z runs after lower-casing, ties alphabetical', () => {
    expect(words("It's a Whale, a WHALE!\nthe end.")).toEqual(['it', 's', 'a', 'whale', 'a', 'whale', 'the', 'end']);
    expect(countWords('b a c a b a')).toBe('a\t3\nb\t2\nc\t1\n');
    expect(() => countWords('123 --- ...', 'data/x.txt')).toThrow(/data\/x\.txt holds no words/);
    expect(parseCounts('a\t3\nb\t2\n')).toEqual([['a', 3], ['b', 2]]);
    expect(() => parseCounts('a 3\n', 'f.dat')).toThrow(/f\.dat, line 1/);
  });
  it('rounds ratios half up with integers', () => {
    expect(ratio2(2, 1)).toBe('2.00');
    expect(ratio2(1, 8)).toBe('0.13'); // 0.125 rounds up
    expect(ratio2(1000, 333)).toBe('3.00');
    expect(ratio2(1000, 484)).toBe('2.07');
  });
  it('generates distinct lowercase words and Zipf-distributed books', () => {
    const vocab = vocabulary();
    expect(new Set(vocab).size).toBe(VOCABULARY_SIZE);
    expect(vocab.every((w) => /^[a-z]+$/.test(w))).toBe(true);
    const book = generateBook(50_000, 1);
    expect(generateBook(50_000, 1)).toBe(book);
    expect(generateBook(50_000, 2)).not.toBe(book);
    const counts = parseCounts(countWords(book));
    expect(counts.reduce((s, [, c]) => s + c, 0)).toBe(50_000);
    expect(counts[0]![0]).toBe(vocab[0]);
    // Zipf: count(1)/count(2) near 2, count(1)/count(10) near 10.
    const zipf = zipfTable(countWords(book), 10).trim().split('\n');
    expect(Number(zipf[2]!.split(',')[3])).toBeGreaterThan(1.7);
    expect(Number(zipf[2]!.split(',')[3])).toBeLessThan(2.3);
    expect(Number(zipf[10]!.split(',')[3])).toBeGreaterThan(8);
    expect(Number(zipf[10]!.split(',')[3])).toBeLessThan(12);
  });
  it('builds the Zipf table, the summary and the plot', () => {
    const dat = 'a\t10\nb\t5\nc\t3\n';
    expect(zipfTable(dat, 3)).toBe('rank,word,count,ratio\n1,a,10,1.00\n2,b,5,2.00\n3,c,3,3.33\n');
    expect(() => zipfTable(dat, 4, 'x.dat')).toThrow(/x\.dat has 3 distinct words/);
    expect(summaryTable([{ datPath: 'processed_data/b1.dat', dat, zipf: zipfTable(dat, 3) }])).toBe('book,words,distinct,top_word,top_count,ratio_2,ratio_10\nb1,18,3,a,10,2.00,\n');
    expect(plotSvg('b1', dat, 2)).toMatch(/^<svg[^>]+><title>Most frequent words in b1<\/title>.*width="260".*width="130"/);
  });
  it('archives its inputs with a fixed date', () => {
    const job = { step: 'archive', input: { summary: ['results/summary.csv'], plots: ['plots/a.svg'] }, output: { zip: 'results/archive.zip' }, params: {} };
    const files: Record<string, Uint8Array> = { 'results/summary.csv': strToU8('x\n'), 'plots/a.svg': strToU8('<svg/>') };
    const a = runStep(job, (f) => files[f]!)['results/archive.zip']!;
    expect(runStep(job, (f) => files[f]!)['results/archive.zip']).toEqual(a);
    expect(Object.keys(unzipSync(a)).sort()).toEqual(['plots/a.svg', 'results/summary.csv']);
    expect(strFromU8(unzipSync(a)['results/summary.csv']!)).toBe('x\n');
    expect(() => runStep({ ...job, step: 'nope' }, () => new Uint8Array())).toThrow(/Unknown step "nope"/);
  });
});
