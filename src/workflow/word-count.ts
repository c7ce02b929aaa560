/**
 * The steps of the word-count workflow of ENCCS "High Performance Data Analytics in Python"
 * (count the words of each book, plot the most frequent, test Zipf's law, gather a summary
 * table), written so that the Python scripts of the Snakemake download (snakemake-scripts.ts)
 * give byte-identical text: words are runs of a–z after lower-casing, ties sort alphabetically,
 * and ratios are rounded with integer arithmetic (half up) rather than floating-point formatting.
 *
 * Pure: any thread, and Node.
 */
import { wordAcf } from '../mpi/words.ts';

/** Word counts, most frequent first (ties: alphabetical). */
export type Counts = [word: string, count: number][];

/** The words of `text`: maximal runs of a–z after lower-casing (Python: `re.findall('[a-z]+', text.lower())`). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

/**
 * Counts the words of a book: the `.dat` file of the course, one `word<TAB>count` line per
 * distinct word, most frequent first, ties alphabetical.
 *
 * @throws Error when the text holds no words (an empty or broken book)
 */
export function countWords(text: string, file = 'the book'): string {
  const counts = new Map<string, number>();
  for (const w of words(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  if (counts.size === 0) throw new Error(`${file} holds no words: count_words needs a text.`);
  const sorted: Counts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sorted.map(([w, c]) => `${w}\t${c}\n`).join('');
}

/** Reads a `.dat` file back. @throws Error on a malformed line */
export function parseCounts(dat: string, file = 'the counts'): Counts {
  return dat
    .split('\n')
    .filter((l) => l !== '')
    .map((line, i) => {
      const [w, c] = line.split('\t');
      if (!w || !c || !/^\d+$/.test(c)) throw new Error(`${file}, line ${i + 1}: expected "word<TAB>count", got "${line}".`);
      return [w, Number(c)];
    });
}

/** a / b rounded half up to two decimals, as text, with integer arithmetic ("2.07"). a, b positive integers. */
export function ratio2(a: number, b: number): string {
  const h = Math.floor((200 * a + b) / (2 * b));
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/**
 * The Zipf test of one book: the `nwords` most frequent words with their counts and the ratio
 * count(1) / count(rank), which Zipf's law predicts to be the rank itself. CSV with a header.
 *
 * @throws Error when the book has fewer than `nwords` distinct words
 */
export function zipfTable(dat: string, nwords: number, file = 'the counts'): string {
  const counts = parseCounts(dat, file);
  if (counts.length < nwords) throw new Error(`${file} has ${counts.length} distinct words; the Zipf test needs ${nwords}.`);
  const top = counts[0]![1];
  const rows = counts.slice(0, nwords).map(([w, c], i) => `${i + 1},${w},${c},${ratio2(top, c)}`);
  return `rank,word,count,ratio\n${rows.join('\n')}\n`;
}

/** The book name of a path: `processed_data/book01.dat` → `book01`. */
export function stem(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * The summary table of every book, in the order given: words, distinct words, the most frequent
 * word and its count, and the observed count(1)/count(2) and count(1)/count(10) beside Zipf's 2
 * and 10. CSV with a header.
 *
 * @param books each book's `.dat` and Zipf CSV text, with the `.dat` path naming the book
 */
export function summaryTable(books: readonly { datPath: string; dat: string; zipf: string }[]): string {
  const rows = books.map(({ datPath, dat, zipf }) => {
    const counts = parseCounts(dat, datPath);
    const total = counts.reduce((s, [, c]) => s + c, 0);
    const ratios = zipf.trim().split('\n').slice(1).map((l) => l.split(','));
    const at = (rank: number) => ratios[rank - 1]?.[3] ?? '';
    return `${stem(datPath)},${total},${counts.length},${counts[0]![0]},${counts[0]![1]},${at(2)},${at(10)}`;
  });
  return `book,words,distinct,top_word,top_count,ratio_2,ratio_10\n${rows.join('\n')}\n`;
}

/**
 * A bar chart of the `n` most frequent words of a book, as a stand-alone SVG drawn by hand
 * (integer coordinates, so the Python script draws the same file).
 */
export function plotSvg(book: string, dat: string, n = 10): string {
  const top = parseCounts(dat).slice(0, n);
  const max = top[0]?.[1] ?? 1;
  const width = 420;
  const rowH = 22;
  const height = 40 + rowH * top.length;
  const bars = top.map(([w, c], i) => {
    const y = 30 + i * rowH;
    const len = Math.floor((260 * c) / max);
    return `<text x="90" y="${y + 15}" text-anchor="end" font-size="12">${w}</text><rect x="96" y="${y + 3}" width="${len}" height="16" fill="#3b6ea8"/><text x="${100 + len}" y="${y + 15}" font-size="11">${c}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>Most frequent words in ${book}</title><text x="10" y="18" font-size="14">Most frequent words in ${book}</text>${bars.join('')}</svg>\n`;
}

/**
 * The word autocorrelation of the MPI lesson's exercise (ENCCS): the mean over the `nwords`
 * most frequent words of each word's autocorrelation at lags 0..lags-1. CSV `lag,acf`, six decimals.
 */
export function acfTable(text: string, dat: string, nwords = 10, lags = 20): string {
  const tokens = words(text);
  const top = parseCounts(dat).slice(0, nwords);
  const mean = new Float64Array(lags);
  for (const [w] of top) {
    const acf = wordAcf(w, tokens, lags);
    for (let t = 0; t < lags; t++) mean[t]! += acf[t]! / top.length;
  }
  return `lag,acf\n${Array.from(mean, (v, t) => `${t},${v.toFixed(6)}`).join('\n')}\n`;
}
