// The course's table: ID = 1 .. 10000, Value = 3, 5, 7, ... (10000 odd numbers).
function makeTable() {
  const ID = [];
  const Value = [];
  for (let i = 1; i <= 10000; i++) {
    ID.push(i);
    Value.push(2 * i + 1);
  }
  return { ID, Value };
}

// The sum of one chunk of values. Runs on a worker.
function calculateSum(values) {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

// Cut the column into chunks, sum them on a pool, return the mean.
async function chunkedMean(values, chunkSize, workers) {
  const chunks = [];
  for (let i = 0; i < values.length; i += chunkSize) {
    chunks.push(values.slice(i, i + chunkSize));
  }
  const sums = await parallelMap(calculateSum, chunks, workers);
  let total = 0;
  for (const s of sums) total += s;
  return total / values.length;
}

async function main() {
  const table = makeTable();
  console.log('mean of Value:', await chunkedMean(table.Value, 1000, 4));
}
