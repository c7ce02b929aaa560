/**
 * The conformance suite in Node (see cases.ts): every case's JavaScript program on this
 * project's communicator must print, rank by rank, what its mpi4py program printed under Open
 * MPI, at 1, 2, 3, 4, 5 and 7 ranks:
 *
 * - against the checked-in fixtures, with the shared mailboxes and with the MessagePorts alone
 *   (cases that poll without yielding only with the mailboxes: on ports they stop by design,
 *   see src/mpi/polling.test.ts);
 * - live: the Python programs run under the real mpirun (one job per rank count) and their
 *   output is compared with this project's, and with the fixtures (stale fixtures are named).
 *   This part fails, it does not skip, when mpirun or mpi4py is missing.
 */
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_CASES, CONFORMANCE_SIZES, type ConformanceCase } from './cases.ts';
import { readFixture, runCase, runMpi4py } from './node-conformance.ts';

/** This project's output per case and size with the default (shared) transport, computed once for both parts. */
const ours = new Map<string, Promise<string[][]>>();
const oursShared = (c: ConformanceCase, size: number) => {
  const key = `${c.name}@${size}`;
  if (!ours.has(key)) ours.set(key, runCase(c, size));
  return ours.get(key)!;
};

describe.each(CONFORMANCE_CASES)('conformance: $name ($covers)', (c) => {
  it.each(CONFORMANCE_SIZES)('on %i ranks prints what mpi4py printed (fixture)', async (size) => {
    const fixture = await readFixture(c);
    const expected = fixture.ranks[String(size)];
    expect(expected, `fixture ${c.name}.json has no output for ${size} ranks: run npx tsx scripts/mpi-fixtures.ts`).toBeDefined();
    expect(await oursShared(c, size)).toEqual(expected);
    if (!c.polls) expect(await runCase(c, size, 'ports')).toEqual(expected);
  });
});

describe('conformance, live: the mpi4py programs under mpirun', () => {
  it.each(CONFORMANCE_SIZES)('mpirun -np %i: every case prints, rank by rank, what this communicator prints', async (size) => {
    // This project's runs start first, so they overlap the mpirun job.
    const mine = CONFORMANCE_CASES.map((c) => oursShared(c, size));
    const live = await runMpi4py(CONFORMANCE_CASES, size);
    for (const [i, c] of CONFORMANCE_CASES.entries()) {
      const theirs = live.get(c.name);
      expect(await mine[i], `${c.name} on ${size} ranks: this communicator against mpirun`).toEqual(theirs);
      const fixture = await readFixture(c);
      expect(fixture.ranks[String(size)], `${c.name}.json is stale: run npx tsx scripts/mpi-fixtures.ts`).toEqual(theirs);
    }
  });
});
