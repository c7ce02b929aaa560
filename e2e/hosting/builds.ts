/**
 * The builds the hosting tests serve (made by global-setup.ts): the default relative build,
 * which must work under any sub-path, and a build with an absolute base path (BASE=/course/).
 * Node only.
 */
import { resolve } from 'node:path';

/** The repository root (the directory that holds package.json). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** `npx vite build --outDir dist-hosting-relative`: base "./", served under arbitrary sub-paths. */
export const RELATIVE_BUILD = resolve(ROOT, 'dist-hosting-relative');

/** `BASE=/course/ npx vite build --outDir dist-hosting-course`: served under /course/ only. */
export const COURSE_BUILD = resolve(ROOT, 'dist-hosting-course');

/** The base path the course build was made for. */
export const COURSE_BASE = '/course/';
