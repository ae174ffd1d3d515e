"""Reference values for Tests/DistributionsTests, computed with mpmath at 80 significant digits.

Writes Tests/Fixtures/distributions/reference.csv: one case a line, `function,arg1,arg2,arg3,expected`. Arguments
are the exact doubles the tests pass (printed with Python's shortest round-trip repr); expected values are exact to
20 significant digits. Run from the repository root:  python3 Tests/Fixtures/scripts/distributions_reference.py

Methods (all in 80-digit arithmetic, independent of the Swift code's formulas except where noted):
- normal: mpmath.ncdf; log-gamma: mpmath.loggamma; log-beta: loggamma sums.
- incomplete gamma: power series / Legendre continued fraction on the smaller side (as the beta below),
  cross-checked against mpmath.gammainc where that converges.
- incomplete beta: the classical continued fraction (DLMF 8.17.22, not the contracted form the Swift code uses) on
  whichever side of the mode is smaller, the other tail as 1 minus it (harmless at 80 digits); cross-checked below
  against mpmath.betainc where that converges.
- t, F, chi-square: the incomplete beta/gamma identities; quantiles: a bracketing iteration in log space on the 80-digit
  tail function to a relative residual below 1e-40, each checked.
"""
import math
import os
import sys

import mpmath
from mpmath import mp, mpf

mp.dps = 80
TINY = mpf(10) ** -300   # smallest reference value tested for relative error


def beta_fraction(x, a, b):
    """1/(1 + d1/(1 + d2/(1 + ...))) by modified Lentz, DLMF 8.17.22."""
    tiny = mpf(10) ** -(mp.dps * 3)
    eps = mpf(10) ** -(mp.dps - 5)
    f = mpf(1)
    c = f
    d = mpf(0)
    n = 1
    while True:
        m = n // 2
        if n % 2 == 1:
            coefficient = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        else:
            coefficient = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1 + coefficient * d
        if d == 0:
            d = tiny
        c = 1 + coefficient / c
        if c == 0:
            c = tiny
        d = 1 / d
        delta = c * d
        f *= delta
        n += 1
        if abs(delta - 1) < eps and n > 3:
            return 1 / f
        if n > 10_000_000:
            raise RuntimeError("continued fraction did not converge")


def beta_tails(x, a, b):
    """(I_x(a,b), 1 - I_x(a,b)) for exact mpf x, a, b."""
    x, a, b = mpf(x), mpf(a), mpf(b)
    if x <= 0:
        return mpf(0), mpf(1)
    if x >= 1:
        return mpf(1), mpf(0)
    y = 1 - x
    log_beta = mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)
    if x < (a + 1) / (a + b + 2):
        small = mp.exp(a * mp.log(x) + b * mp.log(y) - log_beta) / a * beta_fraction(x, a, b)
        return small, 1 - small
    small = mp.exp(a * mp.log(x) + b * mp.log(y) - log_beta) / b * beta_fraction(y, b, a)
    return 1 - small, small


def gamma_tails(a, x):
    """(P(a,x), Q(a,x)): the power series below x = a + 1, Legendre's continued fraction above (DLMF 8.7.3, 8.9.2),
    the smaller tail directly; cross-checked below against mpmath.gammainc where that converges."""
    a, x = mpf(a), mpf(x)
    if x <= 0:
        return mpf(0), mpf(1)
    eps = mpf(10) ** -(mp.dps - 5)
    prefactor = mp.exp(a * mp.log(x) - x - mp.loggamma(a))
    if x < a + 1:
        term = 1 / a
        total = term
        n = 0
        while True:
            n += 1
            term *= x / (a + n)
            total += term
            if term < total * eps:
                break
        small = prefactor * total
        return small, 1 - small
    tiny = mpf(10) ** -(mp.dps * 3)
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    i = 0
    while True:
        i += 1
        an = -i * (i - a)
        b += 2
        d = an * d + b
        if d == 0:
            d = tiny
        c = b + an / c
        if c == 0:
            c = tiny
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < eps:
            break
    small = prefactor * h
    return 1 - small, small


# ----- distributions in 80 digits -----

def t_upper(df, t):
    """P(T > t) for t >= 0."""
    df, t = mpf(df), mpf(t)
    lower, _ = beta_tails(df / (df + t * t), df / 2, mpf(1) / 2)
    return lower / 2


def t_cdf(df, t):
    t = mpf(t)
    return t_upper(df, -t) if t < 0 else 1 - t_upper(df, t)


def t_density(df, t):
    df, t = mpf(df), mpf(t)
    return mp.exp(mp.loggamma((df + 1) / 2) - mp.loggamma(df / 2)) / mp.sqrt(df * mp.pi) * (1 + t * t / df) ** (-(df + 1) / 2)


def f_tails(d1, d2, x):
    """(P(F <= x), P(F > x)); the beta variable z or 1 - z, whichever is below 1/2, is formed directly."""
    d1, d2, x = mpf(d1), mpf(d2), mpf(x)
    z = d1 * x / (d1 * x + d2)
    if z <= mpf(1) / 2:
        return beta_tails(z, d1 / 2, d2 / 2)
    upper, lower = beta_tails(d2 / (d1 * x + d2), d2 / 2, d1 / 2)
    return lower, upper


def f_density(d1, d2, x):
    d1, d2, x = mpf(d1), mpf(d2), mpf(x)
    log_beta = mp.loggamma(d1 / 2) + mp.loggamma(d2 / 2) - mp.loggamma((d1 + d2) / 2)
    return mp.exp((d1 / 2) * mp.log(d1 / d2) + (d1 / 2 - 1) * mp.log(x) - ((d1 + d2) / 2) * mp.log(1 + d1 * x / d2) - log_beta)


def chi_tails(df, x):
    return gamma_tails(mpf(df) / 2, mpf(x) / 2)


def chi_density(df, x):
    df, x = mpf(df), mpf(x)
    k = df / 2
    return mp.exp((k - 1) * mp.log(x) - x / 2 - k * mp.log(2) - mp.loggamma(k))


def solve_increasing_log(tail, target, start, increasing):
    """The x with tail(x) = target: a bracket in u = log x found by doubling steps from a double-precision start,
    then the Anderson-Bjorck bracketing iteration on log(tail(exp(u))) - log(target); the residual is checked."""
    log_target = mp.log(target)
    sign = 1 if increasing else -1

    def g(u):
        value = tail(mp.exp(u))
        return sign * ((mp.log(value) if value > 0 else -mpf(10) ** 6) - log_target)

    u = mpf(start)
    value = g(u)
    step = mpf(1) / 8
    other = u
    while True:
        other = u - step if value > 0 else u + step
        other_value = g(other)
        if (other_value > 0) != (value > 0) or other_value == 0:
            break
        u, value = other, other_value
        step *= 2
        assert step < 1e6, ("no bracket", target, start, u, value)
    bracket = (min(u, other), max(u, other))
    root = mp.findroot(g, bracket, solver="anderson", tol=mpf(10) ** -70, maxsteps=2000)
    residual = abs(tail(mp.exp(root)) / target - 1)
    assert residual < mpf(10) ** -40, (target, residual)
    return mp.exp(root)


# Starting points from scipy where available (double precision, only to seed the secant iteration).
try:
    from scipy import stats
except ImportError:  # pragma: no cover
    stats = None


def seed(value, fallback):
    if value is None or not math.isfinite(value) or value <= 0:
        return fallback
    return math.log(value)


rows = []


def emit(function, args, expected):
    expected = mpf(expected)
    if "--verbose" in sys.argv:
        print(function, args, mpmath.nstr(expected, 8), flush=True)
    rows.append((function, args, expected))


def fmt(v):
    return repr(float(v))


# ----- log-gamma and log-beta -----
for x in [1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.1, 0.25, 0.5, 0.9, 0.999999, 1 - 2 ** -40, 1 + 2 ** -40, 1.000001,
          1.25, 1.5, 1.75, 1.999, 2.000001, 2.25, 2.5, 2.999, 3.0, 3.5, 4.0, 5.5, 7.25, 9.99, 10.0, 10.5, 12.0, 33.3,
          100.0, 123.456, 1000.5, 5e5, 1e6 + 0.5, 1e10, 1e100, 1e300]:
    emit("logGamma", [x], mp.loggamma(mpf(x)))
for a, b in [(0.5, 0.5), (0.5, 1.0), (1.0, 1.0), (2.0, 3.0), (0.5, 99.0), (3.65, 0.5), (0.5, 5e5), (5e5, 0.5),
             (5e5, 5e5), (1.5, 1e6), (10.0, 10.0), (12.5, 7.25), (1e-5, 3.0), (100.0, 1e-3), (1e10, 2.5)]:
    emit("logBeta", [a, b], mp.loggamma(mpf(a)) + mp.loggamma(mpf(b)) - mp.loggamma(mpf(a) + mpf(b)))

# ----- incomplete beta, both tails -----
beta_cases = []
for a, b in [(0.5, 0.5), (1.0, 1.0), (2.0, 3.0), (0.5, 3.5), (3.5, 0.5), (10.0, 10.0), (1.5, 200.0), (200.0, 1.5),
             (0.5, 5e5), (5e5, 0.5), (5e5, 5e5), (50.0, 5e5), (2.5, 0.75), (0.2, 0.3), (99.0, 0.5)]:
    mean = a / (a + b)
    sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    xs = {mean, mean - sd, mean + sd, mean - 3 * sd, mean + 3 * sd, mean - 10 * sd, mean + 10 * sd, 1e-3, 0.1, 0.5, 0.9,
          0.999, 1e-10, 1 - 1e-10, mean * 0.5, 1 - (1 - mean) * 0.5}
    for x in sorted(xs):
        if 0 < x < 1:
            beta_cases.append((x, a, b))
for x, a, b in beta_cases:
    lower, upper = beta_tails(x, a, b)
    if lower > TINY:
        emit("betaLower", [x, a, b], lower)
    if upper > TINY:
        emit("betaUpper", [x, a, b], upper)

# ----- incomplete gamma, both tails -----
for a in [0.5, 1.0, 1.5, 3.65, 10.0, 50.0, 500.0, 5e4, 5e5]:
    sd = math.sqrt(a)
    for x in sorted({a, a - sd, a + sd, a - 3 * sd, a + 3 * sd, a + 10 * sd, a - 10 * sd, a + 1, a * 0.01, a * 5, 1e-5,
                     0.5, 2.0, 30.0, 700.0}):
        if x > 0:
            lower, upper = gamma_tails(a, x)
            if lower > TINY:
                emit("gammaLower", [a, x], lower)
            if upper > TINY:
                emit("gammaUpper", [a, x], upper)

# ----- normal -----
for x in [0.0, 1e-10, 0.1, 0.5, 0.6744, 0.6745, 1.0, 1.959963984540054, 2.5, 3.0, 4.0, 5.0, 5.65, 5.66, 6.5, 8.0,
          10.0, 15.0, 20.0, 26.5, 30.0, 35.0, 37.0, 37.5]:
    for signed in ([x] if x == 0 else [x, -x]):
        upper = mp.ncdf(-mpf(signed))
        lower = mp.ncdf(mpf(signed))
        if lower > TINY:
            emit("normalCdf", [signed], lower)
        if upper > TINY:
            emit("normalSurvival", [signed], upper)
        emit("normalDensity", [signed], mp.npdf(mpf(signed)))
normal_ps = [1e-300, 1e-250, 1e-200, 1e-100, 1e-40, 1e-20, 1e-12, 1e-10, 1e-5, 0.001, 0.025, 0.07, 0.075, 0.08, 0.2,
             0.3, 0.45, 0.4999999, 0.5, 0.6, 0.8, 0.925, 0.975, 0.999, 0.9999999999]
for p in normal_ps:
    if p == 0.5:
        continue
    p_mp = mpf(p)
    z = mp.sqrt(2) * mp.erfinv(2 * p_mp - 1)
    assert abs(mp.ncdf(z) / p_mp - 1) < mpf(10) ** -40 or p < 1e-60
    if p < 1e-60:
        z = -solve_increasing_log(lambda u: mp.ncdf(-u), p_mp, math.log(math.sqrt(-2 * math.log(p))), False)
    emit("normalQuantile", [p], z)
    emit("normalInverseSurvival", [p], -z)

# ----- Student t -----
t_dfs = [1.0, 1.5, 2.0, 3.0, 7.3, 10.0, 30.0, 198.0, 1000.0, 12345.6, 1e5, 1e6]
t_values = [1e-3, 0.1, 0.5, 1.0, 1.7, 2.0, 2.5, 3.0, 5.0, 10.0, 30.0, 72.3032919863478, 100.0, 300.0, 1000.0]
for df in t_dfs:
    for t in t_values:
        upper = t_upper(df, t)
        if upper > TINY:
            emit("tSurvival", [df, t], upper)
            emit("tCdf", [df, -t], upper)
            emit("tTwoSided", [df, t], 2 * upper)
        emit("tCdf", [df, t], 1 - upper)
        density = t_density(df, t)
        if density > TINY:
            emit("tDensity", [df, t], density)
emit("tTwoSided", [198.0, 72.3032919863478], 2 * t_upper(198.0, 72.3032919863478))

t_ps = [1e-300, 1e-100, 1e-40, 1e-10, 1e-4, 0.025, 0.1, 0.3, 0.45, 0.4999, 0.6, 0.9, 0.975, 0.9999, 1 - 1e-10]
for df in t_dfs:
    for p in t_ps:
        q = mpf(1) - mpf(p) if p > 0.5 else mpf(p)   # the smaller tail, exact
        start = seed(stats.t.isf(float(q), df) if stats else None, 0.0)
        t = solve_increasing_log(lambda u: t_upper(df, u), q, start, False)
        if t > mpf("1.7e308"):
            continue  # beyond the double range
        emit("tQuantile", [df, p], t if p > 0.5 else -t)
        emit("tInverseSurvival", [df, p], -t if p > 0.5 else t)

# ----- F -----
f_pairs = [(1.0, 1.0), (1.0, 10.0), (2.0, 5.0), (3.0, 196.0), (4.5, 37.2), (10.0, 10.0), (1.0, 1e6), (5.0, 1e6),
           (1e6, 1e6), (1e6, 5.0), (100.0, 100.0), (7.0, 0.5)]
for d1, d2 in f_pairs:
    for x in [1e-6, 0.01, 0.1, 0.5, 0.9, 1.0, 1.1, 2.0, 5.0, 10.0, 100.0, 1e4, 1e8]:
        lower, upper = f_tails(d1, d2, x)
        if lower > TINY:
            emit("fCdf", [d1, d2, x], lower)
        if upper > TINY:
            emit("fSurvival", [d1, d2, x], upper)
        density = f_density(d1, d2, x)
        if density > TINY:
            emit("fDensity", [d1, d2, x], density)
    for p in [1e-100, 1e-10, 0.01, 0.05, 0.5, 0.95, 0.99, 1 - 1e-10]:
        for upper_tail in (False, True):
            tail_p = mpf(p)
            start = seed((stats.f.isf(p, d1, d2) if upper_tail else stats.f.ppf(p, d1, d2)) if stats else None, 0.0)
            if upper_tail:
                x = solve_increasing_log(lambda u: f_tails(d1, d2, u)[1], tail_p, start, False)
            else:
                x = solve_increasing_log(lambda u: f_tails(d1, d2, u)[0], tail_p, start, True)
            if not mpf("1e-300") < x < mpf("1.7e308"):
                continue  # beyond the double range
            emit("fInverseSurvival" if upper_tail else "fQuantile", [d1, d2, p], x)

# ----- chi-square -----
for df in [0.5, 1.0, 2.0, 3.0, 7.3, 10.0, 100.0, 1000.0, 1e5, 1e6]:
    for x in sorted({df * 1e-6, df * 0.01, df * 0.1, df * 0.5, df, df * 1.5, df * 2, df * 5, df * 20, 1e-3, 700.0,
                     1400.0, df + 10 * math.sqrt(2 * df), df - 5 * math.sqrt(2 * df)}):
        if x <= 0:
            continue
        lower, upper = chi_tails(df, x)
        if lower > TINY:
            emit("chiCdf", [df, x], lower)
        if upper > TINY:
            emit("chiSurvival", [df, x], upper)
        density = chi_density(df, x)
        if density > TINY:
            emit("chiDensity", [df, x], density)
    for p in [1e-100, 1e-10, 0.01, 0.05, 0.5, 0.95, 0.99, 1 - 1e-10]:
        for upper_tail in (False, True):
            start = (stats.chi2.isf(p, df) if upper_tail else stats.chi2.ppf(p, df)) if stats else None
            if start is None or not math.isfinite(start) or start <= 1e-300:
                continue
            if upper_tail:
                x = solve_increasing_log(lambda u: chi_tails(df, u)[1], mpf(p), math.log(start), False)
            else:
                x = solve_increasing_log(lambda u: chi_tails(df, u)[0], mpf(p), math.log(start), True)
            emit("chiInverseSurvival" if upper_tail else "chiQuantile", [df, p], x)

# ----- inverse incomplete beta and gamma -----
for a, b in [(0.5, 0.5), (2.0, 3.0), (0.5, 5e5), (5e5, 0.5), (200.0, 1.5), (10.0, 10.0), (0.2, 0.3)]:
    for p in [1e-100, 1e-10, 0.01, 0.3, 0.5, 0.7, 0.99]:
        x = solve_increasing_log(lambda u: beta_tails(u, a, b)[0], mpf(p),
                                 seed(stats.beta.ppf(p, a, b) if stats else None, -1.0), True)
        if x > TINY:
            emit("betaInverse", [p, a, b], x)
        # complement: the x with 1 - I_x(a, b) = I_y(b, a) = p, solved in y = 1 - x so that x near 1 stays exact
        y = solve_increasing_log(lambda u: beta_tails(u, b, a)[0], mpf(p),
                                 seed(1 - stats.beta.isf(p, a, b) if stats else None, -1.0), True)
        emit("betaInverseComplement", [p, a, b], 1 - y)
for a in [0.5, 1.0, 3.65, 50.0, 5e5]:
    for p in [1e-100, 1e-10, 0.01, 0.3, 0.5, 0.7, 0.99]:
        start = stats.gamma.ppf(p, a) if stats else None
        if start is not None and math.isfinite(start) and start > 1e-300:
            emit("gammaInverse", [a, p], solve_increasing_log(lambda u: gamma_tails(a, u)[0], mpf(p), math.log(start), True))
        start = stats.gamma.isf(p, a) if stats else None
        emit("gammaInverseUpper", [a, p], solve_increasing_log(lambda u: gamma_tails(a, u)[1], mpf(p), math.log(start), False))

# ----- cross-check of the beta continued fraction against mpmath.betainc where that converges -----
worst = mpf(0)
for x, a, b in beta_cases[::3]:
    if a > 1000 or b > 1000:
        continue
    mine = beta_tails(x, a, b)[0]
    theirs = mp.betainc(mpf(a), mpf(b), 0, mpf(x), regularized=True)
    worst = max(worst, abs(mine / theirs - 1))
assert worst < mpf(10) ** -50, worst
for a in [0.5, 3.65, 50.0]:
    for x in [0.1, 1.0, a, a + 5, 100.0]:
        mine = gamma_tails(a, x)
        theirs = mp.gammainc(mpf(a), 0, mpf(x), regularized=True), mp.gammainc(mpf(a), mpf(x), mp.inf, regularized=True)
        worst = max(worst, abs(mine[0] / theirs[0] - 1), abs(mine[1] / theirs[1] - 1))
assert worst < mpf(10) ** -50, worst

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "distributions", "reference.csv")
with open(out, "w") as handle:
    handle.write("# Made by Tests/Fixtures/scripts/distributions_reference.py (mpmath %s, 80 digits); "
                 "function,arg1,arg2,arg3,expected\n" % mpmath.__version__)
    for function, args, expected in rows:
        cells = [fmt(v) for v in args] + [""] * (3 - len(args))
        handle.write(",".join([function] + cells + [mpmath.nstr(expected, 20, min_fixed=0, max_fixed=0)]) + "\n")
print(len(rows), "cases written to", os.path.normpath(out), "; betainc cross-check worst", mpmath.nstr(worst, 3))
