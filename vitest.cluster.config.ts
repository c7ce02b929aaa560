/**
 * Vitest config of `npm run test:cluster`: the tests against the real tools a student takes the
 * course to (Debian's Python with NumPy and mpi4py, Open MPI), in cluster/. Each test runs real
 * programs for seconds to a minute, so they have a long timeout and run two at a time (two cores).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['cluster/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    maxConcurrency: 2,
  },
});
