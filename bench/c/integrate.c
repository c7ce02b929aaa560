/* The same midpoint loop as src/kernels/integrate2d.ts, in C, as the speed reference for
 * `npm run bench`: compiled with gcc -O2, and with gcc -O3 -march=native -ffast-math (where gcc
 * vectorizes sin through glibc's libmvec), and timed on the same machine. Prints
 * "<integral> <seconds> <evaluations per second>". */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10000;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  double h = M_PI / n, sum = 0.0;
  for (int i = 0; i < n; i++) {
    double x = h * (i + 0.5);
    for (int j = 0; j < n; j++) sum += sin(x + h * (j + 0.5));
  }
  double integral = h * h * sum;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double s = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
  printf("%e %f %f\n", integral, s, (double)n * n / s);
  return 0;
}
