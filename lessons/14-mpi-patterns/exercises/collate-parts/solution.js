// Rank `rank`'s part file of the catalogue `outfile`: three digits, so names sort in rank order.
function partName(outfile, rank) {
  return `${outfile}_part${String(rank).padStart(3, '0')}`;
}

// files: { name: text } of the whole folder; the catalogue is the parts of ranks 0..size-1 in rank order.
function collate(files, outfile, size) {
  const parts = [];
  for (let rank = 0; rank < size; rank++) {
    const name = partName(outfile, rank);
    if (!(name in files)) throw new Error(`${name} is missing: rank ${rank} wrote no part`);
    parts.push(files[name]);
  }
  return parts.join('');
}

function main() {
  const files = {};
  for (let rank = 0; rank < 12; rank++) files[partName('catalog_mpi.csv', rank)] = `stars of rank ${rank}\n`;
  console.log(Object.keys(files).sort().join(' '));
  console.log(collate(files, 'catalog_mpi.csv', 12));
}
