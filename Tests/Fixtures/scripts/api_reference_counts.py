#!/usr/bin/env python3
"""Reference counts for EducationTests, computed from the shipped files with Python's csv module only.

An independent implementation of the name matching documented in Sources/Education/SchoolName.swift:
lower-case, every run of non-alphanumeric characters -> one space, trimmed; exact (school, district, county)
first; only if none, names that fill their field (SNAME 40, DNAME 30, CNAME 15 characters) may be truncated and
match any name they are the start of. One candidate = matched, several = ambiguous, none = unmatched.

Run from the repository root:  python3 Tests/Fixtures/scripts/api_reference_counts.py
"""
import csv
import collections

GROWTH = "data/api/ca-api-growth-2011-2013.csv"
BASE = "data/api/ca-api-base-2012-reduced.csv"
APIPOP = "data/api/ca-api-1999-2000-apipop.csv"
MISSING = {"", "NA", "N/A", "*"}
WIDTHS = {"SNAME": 40, "DNAME": 30, "CNAME": 15}


def read(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return list(csv.DictReader(text.splitlines()))


def norm(name):
    out, word = [], ""
    for ch in name:
        if ch.isalnum():
            word += ch.lower()
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return " ".join(out)


def agree(a_raw, b_raw, width):
    a, b = norm(a_raw), norm(b_raw)
    if a == b:
        return True
    if len(a_raw) >= width and a and b.startswith(a):
        return True
    if len(b_raw) >= width and b and a.startswith(b):
        return True
    return False


def match(keyed, base_schools):
    exact = collections.defaultdict(list)
    for i, r in enumerate(base_schools):
        exact[(norm(r["SNAME"]), norm(r["DNAME"]), norm(r["CNAME"]))].append(i)
    out = []
    for r in keyed:
        rows = exact.get((norm(r["SNAME"]), norm(r["DNAME"]), norm(r["CNAME"])), [])
        if not rows:
            rows = [i for i, c in enumerate(base_schools)
                    if all(agree(r[f], c[f], WIDTHS[f]) for f in ("CNAME", "SNAME", "DNAME"))]
        out.append(rows)
    return out


def main():
    growth = [r for r in read(GROWTH) if r["RTYPE"] not in ("D", "X")]
    base_rows = read(BASE)
    base = [r for r in base_rows if r["SNAME"].strip()]
    print("growth schools", len(growth))
    print("missing API11", sum(r["API11"].strip() in MISSING for r in growth))
    print("missing API12", sum(r["API12"].strip() in MISSING for r in growth))
    print("base schools", len(base), "district rows", len(base_rows) - len(base))
    print("base missing MEALS", sum(r["MEALS"].strip() in MISSING for r in base))
    abc = [r for r in growth if r["CDS"].startswith("1964212")]
    print("ABC schools", len(abc), "alternative", [r["SNAME"] for r in abc if r["SPED"] == "A"])
    pop = read(APIPOP)
    print("apipop rows", len(pop), "ABC", sum(r["cds"].startswith("1964212") for r in pop))
    print("apipop missing api99", sum(r["api99"] in MISSING for r in pop))
    outcome = [len(rows) for rows in match(growth, base)]
    print("statewide matched", sum(n == 1 for n in outcome), "ambiguous", sum(n > 1 for n in outcome),
          "unmatched", sum(n == 0 for n in outcome))
    kept = [r for r in abc if r["SPED"] not in ("A", "C")]
    rows = match(kept, base)
    print("ABC merge rows", len(kept), "matched", sum(len(x) == 1 for x in rows))
    for r, m in zip(kept, rows):
        if r["SNAME"] in ("Cerritos High", "Hawaiian Elementary", "Gretchen Whitney High"):
            b = base[m[0]]
            print(r["CDS"], r["SNAME"], "API11", r["API11"], "API12", r["API12"], "MEALS", b["MEALS"], "P_EL", b["P_EL"])
    small = [r["SNAME"] for r in abc if r["SPED"] not in ("A", "C") and
             (r["NUM11"] in MISSING or r["NUM12"] in MISSING or int(r["NUM11"]) < 300 or int(r["NUM12"]) < 300)]
    print("ABC all 30 matched", sum(len(x) == 1 for x in match(abc, base)), "charters", sum(r["CHARTER"] in ("Y", "D") for r in abc))
    print("base missing ACS_CORE", sum(r["ACS_CORE"].strip() in MISSING for r in base),
          "P_EL", sum(r["P_EL"].strip() in MISSING for r in base))
    print("apipop missing acs.k3", sum(r["acs.k3"] in MISSING for r in pop), "mobility", sum(r["mobility"] in MISSING for r in pop))
    statewide_kept = [r for r in growth if r["SPED"] not in ("A", "C")]
    print("statewide merge rows", len(statewide_kept), "with MEALS",
          sum(len(x) == 1 for x in match(statewide_kept, base)))
    print("ABC non-alternative with NUM11 or NUM12 < 300:", len(small), small)


def resolution(catalog_path, year, columns):
    """Independent version of APIFieldResolution's two rules."""
    rows = read(catalog_path)
    seen, fields = set(), []
    for r in rows:
        if r[str(year)].strip() and r["name"] not in seen:
            seen.add(r["name"])
            fields.append(r)
    upper = {c.upper(): c for c in reversed(columns)}
    claimed, resolved, unresolved = set(), {}, []
    for r in fields:
        name, desc = r["name"].lower(), r["description"]
        cands = [name.upper()]
        if name == "api" or name.endswith("_api") or name.endswith("api_growth") or name.endswith("api_base"):
            t, l = desc.find("[This Year]"), desc.find("[Last Year]")
            y = None
            if t >= 0 and (l < 0 or t < l):
                y = year
            elif l >= 0:
                y = year - 1
            if y is not None:
                stem = name.upper()
                for suf in ("_GROWTH", "_BASE"):
                    if stem.endswith(suf):
                        stem = stem[: -len(suf)]
                cands += [stem + "%02d" % (y % 100), stem + "%02d" % (y % 100) + "B"]
        hit = next((upper[c] for c in cands if c in upper), None)
        if hit and hit not in claimed:
            resolved[name] = hit
            claimed.add(hit)
        else:
            unresolved.append(name)
    return resolved, unresolved, [c for c in columns if c not in claimed]


def layout_names():
    return [r[1] for r in csv.reader(open("data/layouts/api-base-2012-record-layout.csv", encoding="utf-8"))]


def main2():
    resolved, unresolved, unclaimed = resolution("data/layouts/api-base-fields-by-year.csv", 2012, layout_names())
    print("base 2012 layout: resolved", len(resolved), "api ->", resolved.get("api"))
    print("  unresolved", unresolved)
    print("  unclaimed", unclaimed)
    growth14 = ["CDS", "RTYPE", "STYPE", "SPED", "SIZE", "CHARTER", "SNAME", "DNAME", "CNAME", "FLAG", "VALID",
                "API12", "API11", "TARGET"]
    resolved, unresolved, unclaimed = resolution("data/layouts/api-growth-fields-by-year.csv", 2012, growth14)
    print("growth 2012 fields 1-14:", resolved, "unclaimed", unclaimed)


if __name__ == "__main__":
    main()
    main2()
