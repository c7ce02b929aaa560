/**
 * Builds the two sites the hosting tests serve (see builds.ts), one after the other (the CI
 * machine has two cores). HOSTING_SKIP_BUILD=1 reuses existing builds while working on the tests.
 * HOSTING_REUSE_DIST=<dir> copies the relative site from `<dir>` instead of building it again:
 * `npm test` passes the build `test:e2e` has just made (the same `vite build`, default base).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COURSE_BASE, COURSE_BUILD, RELATIVE_BUILD, ROOT } from './builds.ts';

/** Runs `vite build` into `outDir` with BASE set to `base` (unset: the default relative base). */
function build(outDir: string, base: string | undefined): void {
  if (process.env.HOSTING_SKIP_BUILD && existsSync(join(outDir, 'sw.js'))) return;
  const env = { ...process.env };
  if (base === undefined) delete env.BASE;
  else env.BASE = base;
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, env, stdio: 'inherit' });
}

/** Playwright globalSetup: builds the relative and the /course/ site (about 1.5 min each here). */
export default function globalSetup(): void {
  const reuse = process.env.HOSTING_REUSE_DIST ? resolve(ROOT, process.env.HOSTING_REUSE_DIST) : null;
  if (reuse && existsSync(join(reuse, 'sw.js'))) {
    rmSync(RELATIVE_BUILD, { recursive: true, force: true });
    cpSync(reuse, RELATIVE_BUILD, { recursive: true });
  } else build(RELATIVE_BUILD, undefined);
  build(COURSE_BUILD, COURSE_BASE);
}
