/**
 * The courses' own figures that the compiled-code lesson's labs show beside the reader's. Pure
 * data: any thread.
 */

/** Grid size of the course's integral: n × n = 10^8 sine evaluations. */
export const COURSE_N = 10_000;

/** One rung of the HPC2N/UPPMAX speed ladder for the integral at n = 10 000 (wall seconds). */
export interface CourseRung {
  /** How the course ran it. */
  label: string;
  seconds: number;
}

/**
 * The ladder of HPC2N/UPPMAX/LUNARC/NSC/PDC "Parallel computing with Python" (2D integration,
 * n = 10 000, one node of Kebnekaise): pure Python, numba's njit, Fortran through f2py, Julia
 * through PyJulia, and the Fortran with OpenMP on 4 threads.
 */
export const COURSE_LADDER = {
  python: { label: 'Python', seconds: 20.39 },
  numba: { label: 'numba', seconds: 1.9 },
  fortran: { label: 'Fortran', seconds: 1.3 },
  julia: { label: 'Julia', seconds: 1.29 },
  openmp: { label: 'Fortran + OpenMP (4 threads)', seconds: 0.37 },
} as const satisfies Record<string, CourseRung>;

/** Length of ADACS's vectors: `list(range(10_000))`. */
export const ADACS_LENGTH = 10_000;

/**
 * ADACS "Parallel Computing" workshop, "Vectorization with numpy": c = a + b for 10 000 integers,
 * timed with IPython's %timeit (mean of 7 runs).
 */
export const ADACS_VECTOR_ADD = {
  list: { label: 'Python list comprehension', microseconds: 529 },
  numpy: { label: 'numpy A + B (vectorized C)', microseconds: 1.18 },
} as const;
