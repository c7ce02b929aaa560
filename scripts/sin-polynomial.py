"""The coefficients of the SIMD kernels' sine polynomial (src/kernels/wasm/simd.ts).

sin r = r + r * t * P(t) with t = r * r on [-pi/2, pi/2]. P, of degree 7, interpolates
f(t) = (sin r - r) / r**3 at the 8 Chebyshev nodes of t in [0, (pi/2)**2]. Everything is
computed in 60-digit decimal arithmetic, f from its Taylor series
f(t) = sum over k >= 0 of (-1)**(k + 1) * t**k / (2k + 3)!, so the printed doubles are the
exact interpolant rounded once. Prints the interpolant's largest error relative to sin r on a
grid of 2000 points, then P's coefficients from the constant term up, as doubles (repr), one per
line. Standard library only; run with any Python 3: python3 scripts/sin-polynomial.py
"""
import math
from decimal import Decimal, getcontext

getcontext().prec = 60
PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")
DEGREE = 7


def f(t):
    """(sin r - r) / r**3 for t = r**2, from its Taylor series."""
    total, term, k = Decimal(0), Decimal(-1) / 6, 0
    while abs(term) > Decimal(10) ** -58:
        total += term
        k += 1
        term = -term * t / ((2 * k + 2) * (2 * k + 3))
    return total


def interpolate(degree, a, b):
    """Monomial coefficients of the polynomial through f at the Chebyshev nodes of [a, b]."""
    n = degree + 1
    nodes = [(a + b) / 2 + (b - a) / 2 * Decimal(math.cos(math.pi * (2 * i + 1) / (2 * n))) for i in range(n)]
    rows = [[x**j for j in range(n)] + [f(x)] for x in nodes]
    for c in range(n):  # Gauss-Jordan elimination with partial pivoting
        p = max(range(c, n), key=lambda r: abs(rows[r][c]))
        rows[c], rows[p] = rows[p], rows[c]
        for r in range(n):
            if r != c:
                m = rows[r][c] / rows[c][c]
                rows[r] = [x - m * y for x, y in zip(rows[r], rows[c])]
    return [rows[i][n] / rows[i][i] for i in range(n)]


def main():
    top = (PI / 2) ** 2
    coefficients = interpolate(DEGREE, Decimal(0), top)
    worst = Decimal(0)
    for i in range(1, 2001):
        t = top * i / 2000
        r = t.sqrt()
        p = sum(c * t**k for k, c in enumerate(coefficients))
        worst = max(worst, abs(p - f(t)) * r**3 / (r + f(t) * r**3))
    print(f"largest error relative to sin r: {float(worst):.2e}")
    for c in coefficients:
        print(repr(float(c)))


if __name__ == "__main__":
    main()
