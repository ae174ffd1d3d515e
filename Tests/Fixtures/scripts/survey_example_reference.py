"""School PAL indexes of the shipped SYNTHETIC PAL survey, scored independently of the package.

Reference for Tests/PackagingTests/ExamplesTests.swift (the `example-score-survey` program). Same scoring rules as
board_report_reference.R: reverse-coded items become min + max - answer; an area score is the mean of the answered
items when at least half are answered; a respondent's PAL index is the mean of the six areas (missing when any is
missing); a school's index is the mean of its respondents' indexes, withheld when the school has fewer than 5
respondents or fewer than 5 with an index.

Run from the repository root (Python 3.11, PyYAML 6.0):
    python3 Tests/Fixtures/scripts/survey_example_reference.py > Tests/Fixtures/reference/survey-example-reference.json
"""
import csv
import json
from collections import defaultdict

import yaml

AREAS = ["culture", "professional_development", "resources", "communication", "data_use", "partnership"]

book = yaml.safe_load(open("data/survey/pal-codebook.yaml"))
low, high = book["scale"]["min"], book["scale"]["max"]
items = {area: [item for item in book["items"] if item["area"] == area] for area in AREAS}


def area_score(row, area):
    answers = []
    for item in items[area]:
        cell = row[item["id"]].strip()
        if cell in ("", "NA"):
            continue
        value = float(cell)
        answers.append(low + high - value if item.get("reverse") else value)
    if len(answers) < 0.5 * len(items[area]):
        return None
    return sum(answers) / len(answers)


by_school = defaultdict(list)
with open("data/survey/pal-2011-abc-synthetic.csv", newline="") as handle:
    for row in csv.DictReader(handle):
        scores = [area_score(row, area) for area in AREAS]
        index = None if any(s is None for s in scores) else sum(scores) / len(scores)
        by_school[row["cds"]].append(index)

schools = []
for cds in sorted(by_school):
    indexes = [i for i in by_school[cds] if i is not None]
    shown = len(by_school[cds]) >= 5 and len(indexes) >= 5
    schools.append({"cds": cds, "respondents": len(by_school[cds]),
                    "pal_index": sum(indexes) / len(indexes) if shown else None})
print(json.dumps({"source": "data/survey/pal-2011-abc-synthetic.csv (SYNTHETIC)", "schools": schools}, indent=1))
