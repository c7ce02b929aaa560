// bcast, scatter and gather from every root in turn (non-zero roots included): bcast hands the
// root's object to all, scatter gives item i of the root's list to rank i, gather returns the
// list in rank order on the root and None elsewhere.
/* global comm, print -- in scope in every rank program (src/mpi/program.ts) */
const rank = comm.Get_rank(), size = comm.Get_size();
const dumps = (x) => JSON.stringify(x ?? null);

for (let root = 0; root < size; root++) {
  const obj = rank === root ? { root, items: Array.from({ length: root + 1 }, (_, i) => i) } : null;
  const got = await comm.bcast(obj, root);
  const items = rank === root ? Array.from({ length: size }, (_, i) => `piece ${i} from ${root}`) : null;
  const piece = await comm.scatter(items, root);
  const gathered = await comm.gather(`${rank}:${piece}`, root);
  print(`root ${root}: bcast ${dumps(got)}; scatter ${piece}; gather ${dumps(gathered)}`);
}
