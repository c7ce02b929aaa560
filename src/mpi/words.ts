/**
 * The word-autocorrelation problem of ENCCS "High Performance Data Analytics in Python",
 * simplified for the browser: instead of a book from Project Gutenberg, a reproducible generated
 * text (words drawn from a fixed vocabulary with Zipf-like frequencies), and the autocorrelation
 * of a word's occurrences at lags 0..T-1.
 *
 * Pure: runs in rank workers, on the main thread and in Node.
 */
import { Xoshiro128 } from '../kernels/xoshiro128.ts';

/** The vocabulary of the generated text, most frequent first. */
export const VOCABULARY: readonly string[] = [
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'it', 'was', 'he', 'for', 'on', 'with', 'as', 'his', 'at', 'by', 'from',
  'sea', 'ship', 'whale', 'captain', 'island', 'storm', 'letter', 'garden', 'river', 'night', 'morning', 'house', 'king',
  'war', 'friend', 'mother', 'money', 'road', 'light', 'winter', 'horse', 'church', 'forest', 'window', 'voice',
];

/**
 * A text of `n` words drawn with probability proportional to 1/(k+1) for the k-th vocabulary word
 * (Zipf's law), reproducible for a given seed.
 *
 * Cost: n generator calls.
 *
 * @param n number of words (non-negative integer)
 * @param seed generator seed (safe integer)
 * @throws RangeError for a bad n
 */
export function generateText(n: number, seed = 2024): string[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  const weights = VOCABULARY.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const rng = new Xoshiro128(seed);
  const text = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const u = rng.nextDouble();
    let k = 0;
    while (k < cumulative.length - 1 && u >= cumulative[k]!) k++;
    text[i] = VOCABULARY[k]!;
  }
  return text;
}

/**
 * Autocorrelation of one word's occurrences: with x_i = 1 where text[i] is `word`,
 * acf[t] = (sum over i of x_i * x_(i+t)) / (number of occurrences), for t = 0..timesteps-1,
 * so acf[0] = 1 when the word occurs at all (all zeros otherwise).
 *
 * Cost: about n * timesteps multiply-adds (n = text length).
 *
 * @returns Float64Array of length `timesteps`
 */
export function wordAcf(word: string, text: readonly string[], timesteps = 100): Float64Array {
  const n = text.length;
  const x = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (text[i] === word) {
      x[i] = 1;
      count++;
    }
  }
  const acf = new Float64Array(timesteps);
  if (count === 0) return acf;
  for (let t = 0; t < timesteps; t++) {
    let s = 0;
    for (let i = 0; i + t < n; i++) s += x[i]! * x[i + t]!;
    acf[t] = s / count;
  }
  return acf;
}

/**
 * Element-wise sum of ACF vectors (the combining step of the course's `ave_word_acf`).
 * @returns a new Float64Array of length `timesteps`
 */
export function sumAcfs(acfs: readonly ArrayLike<number>[], timesteps: number): Float64Array {
  const total = new Float64Array(timesteps);
  for (const a of acfs) for (let t = 0; t < timesteps; t++) total[t]! += a[t] ?? 0;
  return total;
}
