/**
 * The HPC courses whose pages the lessons draw on (../shared/seeds in the team workspace).
 * Lessons name them in their `sources` frontmatter field; the lesson page credits them.
 */
export const COURSES = {
  'hpc2n-parallel-python': {
    title: 'Parallel computing with Python',
    by: 'HPC2N, UPPMAX, LUNARC, NSC and PDC',
  },
  'aalto-scicomp-parallel': {
    title: 'Python for Scientific Computing: Parallel programming',
    by: 'Aalto Scientific Computing',
  },
  'adacs-parallel': {
    title: 'Parallel Computing workshop',
    by: 'ADACS',
  },
  'uppmax-parallel-jobs': {
    title: 'How to run parallel jobs in Python',
    by: 'UPPMAX documentation',
  },
  'enccs-hpda': {
    title: 'High Performance Data Analytics in Python',
    by: 'ENCCS',
  },
} as const;

/** Identifier of a source course. */
export type CourseId = keyof typeof COURSES;

/** All course identifiers, for the schema. */
export const COURSE_IDS = Object.keys(COURSES) as [CourseId, ...CourseId[]];
