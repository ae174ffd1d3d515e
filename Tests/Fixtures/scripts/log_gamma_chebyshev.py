"""Chebyshev coefficients of g(x) = lgamma(x) / ((x - 1) (x - 2)) on [1, 3], used by
Sources/Distributions/LogGamma.swift. Dividing out the zeros of lgamma at 1 and 2 keeps the
relative accuracy of log-gamma near them. Run: python3 log_gamma_chebyshev.py (mpmath, 50 digits)."""
import mpmath

mpmath.mp.dps = 50


def g(x):
    if x == 1:
        return mpmath.euler  # lgamma'(1) = -euler, (x-1)(x-2) ~ -(x-1)
    if x == 2:
        return 1 - mpmath.euler  # lgamma'(2) = 1 - euler, (x-1)(x-2) ~ (x-2)
    return mpmath.loggamma(x) / ((x - 1) * (x - 2))


def chebyshev_coefficients(n_nodes=80):
    nodes = [mpmath.cos(mpmath.pi * (j + mpmath.mpf(1) / 2) / n_nodes) for j in range(n_nodes)]
    values = [g(2 + t) for t in nodes]  # x = 2 + t maps [-1, 1] to [1, 3]
    coefficients = []
    for k in range(n_nodes):
        s = sum(values[j] * mpmath.cos(mpmath.pi * k * (j + mpmath.mpf(1) / 2) / n_nodes) for j in range(n_nodes))
        coefficients.append(2 * s / n_nodes)
    coefficients[0] /= 2  # so that g = sum c_k T_k
    return coefficients


if __name__ == "__main__":
    cs = chebyshev_coefficients()
    kept = [c for c in cs if abs(c) > mpmath.mpf("1e-19")]
    last = max(i for i, c in enumerate(cs) if abs(c) > mpmath.mpf("1e-19"))
    for c in cs[: last + 1]:
        print("        " + mpmath.nstr(c, 20, min_fixed=0, max_fixed=0) + ",")
