// Word autocorrelation at the start of the text (issue 17, defect 4). acf[t] counts the positions
// i where both text[i] and text[i + t] are the word, divided by the word's occurrences. The
// course's word_acf starts at the second word (range(1, ...)), so a word at position 0 gets
// acf[0] = (count - 1) / count; this project's kernels.wordAcf starts at the first word (acf[0]
// is 1 for every word that occurs). Both are printed; the words are split among the ranks and
// the ACFs gathered on rank 0.
/* global comm, kernels, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const TEXT = 'the whale and the sea the ship and the whale the storm sea and ship the sea'.split(' ');
const WORDS = ['the', 'whale', 'and', 'sea', 'ship', 'storm'];

// The course's loop, from the second word, written out for comparison.
const courseAcf = (word, text, timesteps) => {
  const mask = text.map((w) => (w === word ? 1 : 0));
  const count = mask.reduce((a, b) => a + b, 0);
  return Array.from({ length: timesteps }, (_, t) => {
    let s = 0;
    for (let i = 1; i < text.length - t; i++) s += mask[i] * mask[i + t];
    return s / count;
  });
};

const { begin, end } = kernels.blockRows(WORDS.length, size, rank);
const mine = WORDS.slice(begin, end).map((w) => [w, Array.from(kernels.wordAcf(w, TEXT, 5)), courseAcf(w, TEXT, 5)]);
const acfs = await comm.gather(mine, 0);
if (rank === 0) {
  for (const batch of acfs) {
    for (const [word, ours, course] of batch) {
      print(`${word}: from the first word ${ours.map((x) => x.toFixed(6)).join(' ')}`);
      print(`${word}: course, from the second ${course.map((x) => x.toFixed(6)).join(' ')}`);
    }
  }
}
