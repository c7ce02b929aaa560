/**
 * The books of the word-count workflow: generated text whose word frequencies follow Zipf's law
 * (the k-th most common word appears with probability proportional to 1/k), reproducible from a
 * seed. The ENCCS course counts words in 64 Project Gutenberg books; shipping books here would
 * add megabytes to the site, so Parallel Lab generates its own "books" in the browser and ships
 * them, as text files, with the Snakemake download. The words are made-up syllable strings, so
 * nothing is copied from any book.
 *
 * Pure: any thread, and Node.
 */
import { Xoshiro128 } from '../kernels/xoshiro128.ts';

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'st', 'tr', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];

/** Words in the vocabulary of every generated book. */
export const VOCABULARY_SIZE = 2000;

/**
 * The shared vocabulary, most frequent first: word k is built from the digits of k in the
 * syllable alphabet, so the words are distinct, lowercase a–z, one to three syllables.
 */
export function vocabulary(size = VOCABULARY_SIZE): string[] {
  const syllables = ONSETS.flatMap((o) => VOWELS.map((v) => o + v));
  const words: string[] = [];
  for (let k = 0; k < size; k++) {
    let n = k;
    let word = '';
    do {
      word += syllables[n % syllables.length]!;
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    words.push(word);
  }
  return words;
}

/** The name of book `i` (0-based) of the workflow: `book01`, `book02`, … */
export function bookName(i: number): string {
  return `book${String(i + 1).padStart(2, '0')}`;
}

/**
 * The generator seed of a book: its number (`book07` → 7), so a book is the same text whichever
 * list it is generated in. @throws RangeError for a name not made by {@link bookName}
 */
export function bookSeed(name: string): number {
  const m = /^book(\d+)$/.exec(name);
  if (!m) throw new RangeError(`"${name}" is not a generated book's name (book01, book02, …).`);
  return Number(m[1]);
}

/**
 * A generated book of `words` words drawn by Zipf's law (exponent 1) over the vocabulary, in
 * sentences of 5 to 16 words (first word capitalised, ending in a full stop) and lines of at most
 * about 70 characters. Cost: one generator call and one binary search per word.
 *
 * @param words number of words (positive integer)
 * @param seed generator seed: book i uses seed i + 1
 * @throws RangeError for a bad word count
 */
export function generateBook(words: number, seed: number): string {
  if (!Number.isInteger(words) || words < 1) throw new RangeError(`a book needs a positive whole number of words, got ${words}`);
  const vocab = vocabulary();
  const cumulative = new Float64Array(vocab.length);
  let total = 0;
  for (let k = 0; k < vocab.length; k++) cumulative[k] = total += 1 / (k + 1);
  const rng = new Xoshiro128(seed);
  const lines: string[] = [];
  let line = '';
  let sentenceLeft = 0;
  for (let i = 0; i < words; i++) {
    const u = rng.nextDouble() * total;
    let lo = 0;
    let hi = vocab.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    let word = vocab[lo]!;
    if (sentenceLeft === 0) {
      sentenceLeft = 5 + (rng.nextUint32() % 12);
      word = word[0]!.toUpperCase() + word.slice(1);
    }
    sentenceLeft--;
    if (sentenceLeft === 0 || i === words - 1) word += '.';
    if (line.length + word.length + 1 > 70) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}
