/**
 * Writes the fixtures of the MPI conformance suite (src/mpi/conformance/fixtures/<case>.json)
 * from real runs of the cases' mpi4py programs under Open MPI's mpirun, at every rank count of
 * the suite (see src/mpi/conformance/cases.ts). Run it after changing a case's Python program:
 *
 *     npx tsx scripts/mpi-fixtures.ts
 *
 * Needs mpirun and mpi4py (Debian: openmpi-bin, python3-mpi4py; MPIRUN and MPI4PY_PYTHON
 * override the commands). Runs as root too (it sets OMPI_ALLOW_RUN_AS_ROOT). About 15 s on two
 * cores. Node only.
 */
import { writeFileSync } from 'node:fs';
import { CONFORMANCE_CASES, CONFORMANCE_SIZES, type ConformanceFixture } from '../src/mpi/conformance/cases.ts';
import { MPIRUN, mpi4pyVersions, mpirunArgs, runMpi4py, suitePath } from '../src/mpi/conformance/node-conformance.ts';

const versions = await mpi4pyVersions();
const fixtures = new Map<string, ConformanceFixture>(
  CONFORMANCE_CASES.map((c) => [
    c.name,
    {
      case: c.name,
      program: `cases/${c.name}.py`,
      generatedBy: { command: [MPIRUN, ...mpirunArgs(4, 'OUT_DIR', [c])].join(' ').replace(/ -np 4 /, ' -np P ').replace(/\S*\/conformance\//g, ''), ...versions },
      ranks: {},
    },
  ]),
);
for (const size of CONFORMANCE_SIZES) {
  const t0 = performance.now();
  const outputs = await runMpi4py(CONFORMANCE_CASES, size);
  for (const [name, lines] of outputs) fixtures.get(name)!.ranks[String(size)] = lines;
  console.log(`mpirun -np ${size}: ${CONFORMANCE_CASES.length} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
for (const [name, fixture] of fixtures) writeFileSync(suitePath(`fixtures/${name}.json`), `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`wrote ${fixtures.size} fixtures with ${versions.mpirun}, mpi4py ${versions.mpi4py}, Python ${versions.python}`);
