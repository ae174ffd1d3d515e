"""How many digits of the NIST StRD certified values any solver can show when the design matrix is stored in Double.

For each linear-regression data set in Tests/Fixtures/strd/, solves the least-squares problem exactly (mpmath, 60
digits, normal equations are harmless at that precision) twice: on the exact decimal data, and on the design and
response rounded to Double as the Swift tests build them (x**k with Python's float pow, like Foundation.pow). Prints
the fewest correct digits (LRE) over coefficients and standard errors against the certified values.

Result (mpmath 1.3, Python 3.11): Filip 14.3 exact vs 7.61 Double; the other sets 13.2-16 either way. Rounding x itself
costs Filip nothing (14.3); rounding the powers x**k does (7.66), so 7.6 digits is the ceiling on Filip for any method
that receives the Double design matrix.

Run: python3 Tests/Fixtures/scripts/strd_attainable_digits.py
"""
import math
import os
import re

import mpmath as mp

mp.mp.dps = 60
FOLDER = os.path.join(os.path.dirname(__file__), "..", "strd")
NAMES = ["Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley",
         "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5"]


def load(name):
    lines = open(os.path.join(FOLDER, name + ".dat")).read().split("\n")
    first, last = map(int, re.search(r"Data\s+\(lines (\d+) to (\d+)\)", "\n".join(lines[:10])).groups())
    rows = [lines[i - 1].split() for i in range(first, last + 1)]
    certified = []
    for line in lines[30:60]:
        fields = line.split()
        if fields and re.fullmatch(r"B\d+", fields[0]):
            certified.append((float(fields[1]), float(fields[2])))
    equation = [line for line in lines[:30] if line.strip().startswith("y =")][0]
    return rows, certified, equation


def lre(value, certified):
    if value == certified:
        return 16.0
    if certified == 0:
        return -math.log10(abs(value))
    return min(16.0, -math.log10(abs(value - certified) / abs(certified)))


def design(rows, equation, exact):
    intercept = "B0" in equation
    degree = max([int(k) for k in re.findall(r"x\*\*(\d+)", equation)] or [0])
    matrix = []
    for row in rows:
        if degree > 0:
            x = mp.mpf(row[1]) if exact else float(row[1])
            powers = [x ** k for k in range(0 if intercept else 1, degree + 1)]
            matrix.append([mp.mpf(v) if exact else mp.mpf(float(v)) for v in powers])
        else:
            values = [mp.mpf(v) if exact else mp.mpf(float(v)) for v in row[1:]]
            matrix.append(([mp.mpf(1)] if intercept else []) + values)
    return mp.matrix(matrix)


for name in NAMES:
    rows, certified, equation = load(name)
    results = []
    for exact in (True, False):
        a = design(rows, equation, exact)
        y = mp.matrix([mp.mpf(r[0]) if exact else mp.mpf(float(r[0])) for r in rows])
        ata = a.T * a
        beta = mp.lu_solve(ata, a.T * y)
        residual = y - a * beta
        n, p = a.rows, a.cols
        variance = sum(v ** 2 for v in residual) / (n - p)
        inverse = mp.inverse(ata)
        worst = 16.0
        for j in range(p):
            worst = min(worst, lre(float(beta[j]), certified[j][0]))
            if certified[j][1] != 0:
                worst = min(worst, lre(float(mp.sqrt(variance * inverse[j, j])), certified[j][1]))
        results.append(worst)
    print(f"{name:9s} exact data {results[0]:5.2f}   Double data {results[1]:5.2f}")

# Which rounding costs Filip its digits: x itself, or the powers x**k?
rows, certified, _ = load("Filip")
y = mp.matrix([mp.mpf(r[0]) for r in rows])
for label, row_of in (("x rounded, powers exact", lambda r: [mp.mpf(float(r[1])) ** k for k in range(11)]),
                      ("x exact, powers rounded", lambda r: [mp.mpf(float(mp.mpf(r[1]) ** k)) for k in range(11)])):
    a = mp.matrix([row_of(r) for r in rows])
    beta = mp.lu_solve(a.T * a, a.T * y)
    print(f"Filip, {label}: coefficients {min(lre(float(beta[j]), certified[j][0]) for j in range(11)):5.2f}")
