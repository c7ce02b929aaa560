// The word-count workflow as rules, in the shape the browser's runtime reads (and a Snakefile
// writes): named inputs and outputs with {book} wildcards, params, and the step that makes the
// outputs. expand() is Snakemake's: one file per book.
function expand(pattern, values) {
  return values.book.map((book) => pattern.replaceAll('{book}', book));
}

// TODO: add the rule "acf" (the word autocorrelation of the MPI lesson) and ask for its files
// in rule all.
function rules(books) {
  const BOOKS = { book: books };
  return [
    { name: 'all', input: { summary: 'results/summary.csv', archive: 'results/archive.zip' }, output: {} },
    { name: 'count_words', input: { book: 'data/{book}.txt' }, output: { dat: 'processed_data/{book}.dat' }, step: 'count_words' },
    { name: 'plot', input: { dat: 'processed_data/{book}.dat' }, output: { svg: 'plots/{book}.svg' }, params: { nwords: 10 }, step: 'plot' },
    { name: 'zipf_test', input: { dat: 'processed_data/{book}.dat' }, output: { csv: 'results/zipf_{book}.csv' }, params: { nwords: 10 }, step: 'zipf_test' },
    {
      name: 'summary',
      input: { dats: expand('processed_data/{book}.dat', BOOKS), zipfs: expand('results/zipf_{book}.csv', BOOKS) },
      output: { csv: 'results/summary.csv' },
      step: 'summary',
    },
    { name: 'archive', input: { summary: 'results/summary.csv', plots: expand('plots/{book}.svg', BOOKS) }, output: { zip: 'results/archive.zip' }, step: 'archive' },
  ];
}

function main() {
  for (const rule of rules(['book01', 'book02', 'book03'])) {
    console.log(`rule ${rule.name}: ${Object.values(rule.output).join(', ') || '(asks for its inputs)'}`);
  }
}
