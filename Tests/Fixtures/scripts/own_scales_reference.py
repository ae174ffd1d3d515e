"""Codebooks with their own (non-PAL) scales, a synthetic survey for each, and reference values computed here
independently of the Swift package: respondent scale scores (mean of answered items, reverse-coded items as
min + max - answer, scored when at least half the items were answered), the main index (mean of the index's
scales, missing when any is missing), school means, and Cronbach's alpha over complete cases
(k/(k-1) * (1 - sum of item variances / variance of the total), variances with n - 1).

SYNTHETIC: the answers are drawn from Python's `random` with a fixed seed; they describe no real school.
Run from the repository root:  python3 Tests/Fixtures/scripts/own_scales_reference.py
Writes Tests/Fixtures/survey/own-scales/{two,nine}-scales-codebook.yaml, ...-synthetic-responses.csv and
own-scales-reference.json.
"""
import json
import os
import random
import statistics

OUT = "Tests/Fixtures/survey/own-scales"

CASES = {
    "two": {
        "instrument": "Two-scale climate survey (synthetic test codebook)",
        "scale": (0, 4),
        "scales": [("trust", "Trust between staff"), ("voice", "Teacher voice")],
        "index": ("climate_index", "Climate index", []),
        "items": {"trust": 3, "voice": 4},
        "seed": 20260001,
    },
    "nine": {
        "instrument": "Nine-scale instrument (synthetic test codebook)",
        "scale": (1, 7),
        "scales": [(f"s{i}", f"Scale number {i}") for i in range(1, 10)],
        "index": ("core_index", "Core index", ["s1", "s3", "s5", "s9"]),
        "items": {f"s{i}": 2 + i % 3 for i in range(1, 10)},
        "seed": 20260002,
    },
}
SCHOOLS = ["19642120000001", "19642120000002", "19642120000003", "19642120000004"]


def write_codebook(name, case):
    lo, hi = case["scale"]
    lines = [f"instrument: {case['instrument']}", "scale:", f"  min: {lo}", f"  max: {hi}", "scales:"]
    for sid, title in case["scales"]:
        lines += [f"  - id: {sid}", f"    title: {title}"]
    key, title, ids = case["index"]
    lines += ["index:", f"  key: {key}", f"  title: {title}"]
    if ids:
        lines.append("  scales: [" + ", ".join(ids) + "]")
    lines.append("items:")
    items = []
    for sid, _ in case["scales"]:
        for j in range(case["items"][sid]):
            iid = f"{sid}_q{j + 1}"
            reverse = j == 1
            items.append((iid, sid, reverse))
            lines += [f"  - id: {iid}", f"    area: {sid}", f"    text: Item {j + 1} of {sid}."]
            if reverse:
                lines.append("    reverse: true")
    with open(f"{OUT}/{name}-scales-codebook.yaml", "w") as f:
        f.write("\n".join(lines) + "\n")
    return items


def simulate(name, case, items):
    rng = random.Random(case["seed"])
    lo, hi = case["scale"]
    rows = []
    for s, cds in enumerate(SCHOOLS):
        for r in range(12 + 3 * s):
            trait = rng.gauss(0, 1)
            answers = []
            for iid, sid, reverse in items:
                if rng.random() < 0.08:
                    answers.append(None)
                    continue
                mid = (lo + hi) / 2 + (hi - lo) / 4 * (trait + rng.gauss(0, 0.8)) * (-1 if reverse else 1)
                answers.append(min(hi, max(lo, round(mid))))
            rows.append((f"{name}-{s}-{r}", cds, answers))
    with open(f"{OUT}/{name}-scales-synthetic-responses.csv", "w") as f:
        f.write(",".join(["respondent_id", "cds", "role"] + [i[0] for i in items]) + "\n")
        for rid, cds, answers in rows:
            f.write(",".join([rid, cds, "teacher"] + ["" if a is None else str(a) for a in answers]) + "\n")
    return rows


def reference(case, items, rows):
    lo, hi = case["scale"]
    scale_ids = [sid for sid, _ in case["scales"]]
    index_ids = case["index"][2] or scale_ids
    respondents = []
    for rid, cds, answers in rows:
        scores = {}
        for sid in scale_ids:
            vals = [(lo + hi - a) if rev else a for (iid, s, rev), a in zip(items, answers) if s == sid and a is not None]
            n_items = sum(1 for i in items if i[1] == sid)
            scores[sid] = statistics.fmean(vals) if vals and len(vals) >= 0.5 * n_items else None
        parts = [scores[s] for s in index_ids]
        scores["index"] = None if any(p is None for p in parts) else statistics.fmean(parts)
        respondents.append({"id": rid, "cds": cds, **scores})
    alphas = {}
    for sid in scale_ids:
        cols = [k for k, i in enumerate(items) if i[1] == sid]
        cases = [[(lo + hi - ans[k]) if items[k][2] else ans[k] for k in cols]
                 for _, _, ans in rows if all(ans[k] is not None for k in cols)]
        k = len(cols)
        item_var = sum(statistics.variance([c[j] for c in cases]) for j in range(k))
        total_var = statistics.variance([sum(c) for c in cases])
        alphas[sid] = {"alpha": k / (k - 1) * (1 - item_var / total_var), "complete_cases": len(cases), "items": k}
    schools = []
    for cds in SCHOOLS:
        mine = [r for r in respondents if r["cds"] == cds]
        entry = {"cds": cds, "n": len(mine)}
        for key in scale_ids + ["index"]:
            vals = [r[key] for r in mine if r[key] is not None]
            entry[key] = statistics.fmean(vals) if vals else None
        schools.append(entry)
    return {"respondents": respondents, "alpha": alphas, "schools": schools}


def main():
    os.makedirs(OUT, exist_ok=True)
    result = {"_meta": {"script": "Tests/Fixtures/scripts/own_scales_reference.py", "synthetic": True}}
    for name, case in CASES.items():
        items = write_codebook(name, case)
        rows = simulate(name, case, items)
        result[name] = reference(case, items, rows)
    with open(f"{OUT}/own-scales-reference.json", "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


main()
