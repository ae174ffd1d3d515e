"""Monte Carlo power and coverage of HC3 (and classical) t tests for `partnership power`, written independently of the
package: numpy's PCG64 generator (not the package's xoshiro256**), the generative model of
Sources/Reporting/PowerStudy.swift with the defaults of PowerStudySettings, OLS by numpy.linalg, HC3 as
sandwich::vcovHC(type = "HC3"), t quantiles from scipy.

Run: python3 Tests/Fixtures/scripts/power_reference_hc3.py > Tests/Fixtures/power/power-hc3-montecarlo.csv
(Python 3.11.7, numpy 2.4.6, scipy 1.17.1; 40000 districts per row, so each share's Monte Carlo SE is at most 0.0025.)
"""
import sys

import numpy as np
from scipy import stats

REPLICATIONS = 40_000
SD_THETA, SD_E, SD_B, LEVEL = 0.4, 15.0, 36.0, 0.95


def simulate(model, n, betas, reliability, rng):
    x = 10 + 90 * rng.random((REPLICATIONS, n))
    theta = SD_THETA * rng.standard_normal((REPLICATIONS, n))
    m = SD_THETA * np.sqrt((1 - reliability) / reliability) * rng.standard_normal((REPLICATIONS, n))
    base = 985 - 2.67 * x + SD_B * rng.standard_normal((REPLICATIONS, n))
    e = SD_E * rng.standard_normal((REPLICATIONS, n))
    p = 3.4 + theta + m
    columns = [np.ones_like(x), p, x] + ([base] if model == "lagged" else [])
    X = np.stack(columns, axis=2)  # replications x n x k
    k = X.shape[2]
    XtX_inv = np.linalg.inv(np.einsum("rni,rnj->rij", X, X))
    hat = np.einsum("rni,rij,rnj->rn", X, XtX_inv, X)
    crit = stats.t.ppf(1 - (1 - LEVEL) / 2, n - k)
    rows = []
    for beta in betas:
        growth = -3.3 + 0.29 * x + beta * theta + e
        y = growth if model == "growth" else base + growth
        coef = np.einsum("rij,rnj,rn->ri", XtX_inv, X, y)
        resid = y - np.einsum("rnj,rj->rn", X, coef)
        meat = np.einsum("rni,rn,rnj->rij", X, resid**2 / (1 - hat) ** 2, X)
        hc3 = np.einsum("rij,rjk,rkl->ril", XtX_inv, meat, XtX_inv)[:, 1, 1]
        classical = (resid**2).sum(axis=1) / (n - k) * XtX_inv[:, 1, 1]
        b = coef[:, 1]
        for name, var in (("classical", classical), ("HC3", hc3)):
            se = np.sqrt(var)
            rows.append((model, n, beta, reliability, name, np.mean(np.abs(b / se) > crit),
                         np.mean(np.abs(b - beta) <= crit * se), b.mean(), b.std(ddof=1), se.mean()))
    return rows


def main():
    rng = np.random.default_rng(20111)
    out = sys.stdout
    out.write("model,schools,effect,reliability,vcov,power,coverage,mean_estimate,estimate_sd,mean_std_error\n")
    for model in ("growth", "lagged", "level"):
        for n in (20, 30):
            for row in simulate(model, n, (0, 15, 25), 0.87, rng):
                out.write(",".join(str(v) if isinstance(v, (str, int)) else f"{v:.6g}" for v in row) + "\n")


if __name__ == "__main__":
    main()
