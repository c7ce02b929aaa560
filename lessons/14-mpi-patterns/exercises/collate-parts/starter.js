// Rank `rank`'s part file of the catalogue `outfile`.
function partName(outfile, rank) {
  return `${outfile}_part${rank}`;
}

// files: { name: text } of the whole folder; the catalogue is the parts of ranks 0..size-1 in rank order.
function collate(files, outfile, size) {
  const names = Object.keys(files).filter((name) => name.startsWith(`${outfile}_part`)).sort();
  return names.map((name) => files[name]).join('');
}

function main() {
  const files = {};
  for (let rank = 0; rank < 12; rank++) files[partName('catalog_mpi.csv', rank)] = `stars of rank ${rank}\n`;
  console.log(Object.keys(files).sort().join(' '));
  console.log(collate(files, 'catalog_mpi.csv', 12));
}
