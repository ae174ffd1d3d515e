#!/usr/bin/env python3
"""Builds data/survey/abc-2011-schools.csv: ABC Unified's 28 non-alternative schools with real API11, API12,
MEALS and NUM12, the school table `partnership simulate-survey` reads to make the shipped synthetic 2011 PAL survey.

Why a script: the package's own lagged merge (issue 3, API half) was not yet in main when the synthetic survey was
made; this does the same join for one district, plainly, so the input can be checked by hand.

Sources (real CDE data, see data/PROVENANCE.md):
  data/api/ca-api-growth-2011-2013.csv   CDS, SPED, STYPE, NUM12, API11, API12 (RTYPE = S rows of district 19-64212)
  data/api/ca-api-base-2012-reduced.csv  MEALS (no CDS code: matched on school + district + county names)
Alternative schools (SPED = A) are left out. Every name must match exactly one Base row (after trimming and
case-folding); otherwise the script stops and names the school: nothing is guessed.

Run from the repository root:  python3 Tests/Fixtures/scripts/make_abc_survey_schools.py
"""
import csv
import sys

GROWTH = "data/api/ca-api-growth-2011-2013.csv"
BASE = "data/api/ca-api-base-2012-reduced.csv"
OUTPUT = "data/survey/abc-2011-schools.csv"
DISTRICT_PREFIX = "1964212"  # county 19 (Los Angeles), district 64212 (ABC Unified)


def key(school, district, county):
    return tuple(" ".join(part.split()).casefold() for part in (school, district, county))


def main():
    with open(GROWTH, newline="") as f:
        growth = [r for r in csv.DictReader(f) if r["CDS"].startswith(DISTRICT_PREFIX) and r["RTYPE"] == "S"]
    with open(BASE, newline="") as f:
        base = {}
        for r in csv.DictReader(f):
            if r["SNAME"].strip():
                base.setdefault(key(r["SNAME"], r["DNAME"], r["CNAME"]), []).append(r)
    rows = []
    for r in growth:
        if r["SPED"] == "A":
            continue
        matches = base.get(key(r["SNAME"], r["DNAME"], r["CNAME"]), [])
        if len(matches) != 1:
            sys.exit(f"{r['CDS']} {r['SNAME']}: {len(matches)} rows in the 2012 Base file; expected exactly one")
        rows.append([r["CDS"], r["SNAME"], r["STYPE"], r["NUM12"], r["API11"], r["API12"], matches[0]["MEALS"]])
    rows.sort(key=lambda row: row[0])
    if len(rows) != 28:
        sys.exit(f"expected ABC Unified's 28 non-alternative schools, found {len(rows)}")
    with open(OUTPUT, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["cds", "school", "stype", "num12", "api11", "api12", "meals"])
        writer.writerows(rows)
    print(f"wrote {OUTPUT}: {len(rows)} schools")


if __name__ == "__main__":
    main()
