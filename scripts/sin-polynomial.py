"""The coefficients of the WebAssembly kernels' sine polynomials.

1. The SIMD sine (src/kernels/wasm/simd.ts): sin r = r + r * t * P(t) with t = r * r on
   [-pi/2, pi/2]. P, of degree 7, interpolates (sin r - r) / r**3 at the 8 Chebyshev nodes of t in
   [0, (pi/2)**2].
2. The scalar sine (src/kernels/wasm/scalar.ts), which reduces by pi/2 and so needs two
   polynomials on [-pi/4, pi/4], each of degree 5 in t = r * r: S(t) interpolates
   (sin r - r) / r**3 (sin r = r + r**3 * S(t)), and C(t) interpolates (cos r - 1 + t / 2) / t**2
   (cos r = 1 - t / 2 + t**2 * C(t)), at the 6 Chebyshev nodes of t in [0, (pi/4)**2].

Everything is computed in 60-digit decimal arithmetic, the functions from their Taylor series, so
the printed doubles are the exact interpolants rounded once. For each polynomial the script prints
a header line with its name and its interpolant's largest error relative to the function it
approximates (sin r, or cos r), on a grid of 2000 points; then its coefficients from the constant
term up, as doubles (repr), one per line. Standard library only; run with any Python 3:
python3 scripts/sin-polynomial.py
"""
import math
from decimal import Decimal, getcontext

getcontext().prec = 60
PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")
TINY = Decimal(10) ** -58


def sin_tail(t):
    """(sin r - r) / r**3 for t = r**2, from its Taylor series."""
    total, term, k = Decimal(0), Decimal(-1) / 6, 0
    while abs(term) > TINY:
        total += term
        k += 1
        term = -term * t / ((2 * k + 2) * (2 * k + 3))
    return total


def cos_tail(t):
    """(cos r - 1 + t / 2) / t**2 for t = r**2, from its Taylor series."""
    total, term, k = Decimal(0), Decimal(1) / 24, 0
    while abs(term) > TINY:
        total += term
        k += 1
        term = -term * t / ((2 * k + 3) * (2 * k + 4))
    return total


def interpolate(f, degree, a, b):
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


def report(name, f, degree, top, weight, value):
    """Prints the polynomial's header (largest error relative to value) and its coefficients."""
    coefficients = interpolate(f, degree, Decimal(0), top)
    worst = Decimal(0)
    for i in range(1, 2001):
        t = top * i / 2000
        p = sum(c * t**k for k, c in enumerate(coefficients))
        worst = max(worst, abs(p - f(t)) * weight(t) / abs(value(t)))
    print(f"{name}: largest error relative to the function: {float(worst):.2e}")
    for c in coefficients:
        print(repr(float(c)))


def main():
    half = (PI / 2) ** 2
    quarter = (PI / 4) ** 2
    report("simd P", sin_tail, 7, half, lambda t: t.sqrt() ** 3, lambda t: t.sqrt() + sin_tail(t) * t.sqrt() ** 3)
    report("scalar S", sin_tail, 6, quarter, lambda t: t.sqrt() ** 3, lambda t: t.sqrt() + sin_tail(t) * t.sqrt() ** 3)
    report("scalar C", cos_tail, 5, quarter, lambda t: t * t, lambda t: 1 - t / 2 + cos_tail(t) * t * t)


if __name__ == "__main__":
    main()
