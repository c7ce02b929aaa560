import math
import sys
from time import perf_counter


def integration2d(n):
    """Midpoint rule for the integral of sin(x + y) over [0, pi]^2, n x n cells."""
    h = math.pi / n
    total = 0.0
    for i in range(n):
        x = h * (i + 0.5)
        for j in range(n):
            total += math.sin(x + h * (j + 0.5))
    return h * h * total


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    start = perf_counter()
    integral = integration2d(n)
    elapsed = perf_counter() - start
    print("Integral value is %e, Error is %e" % (integral, abs(integral)))
    print("Time spent: %.2f sec for n = %d" % (elapsed, n))
