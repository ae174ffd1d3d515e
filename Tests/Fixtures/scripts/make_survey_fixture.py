#!/usr/bin/env python3
"""Writes Tests/Fixtures/survey/pal-fixture-responses.csv: a small made-up PAL survey (16 schools, 295 respondents)
for checking scoring, reliability, ICCs and suppression against R (Tests/Fixtures/scripts/survey_reference.R).

Made with numpy, independently of the package's own simulator, so the reference data do not move when the simulator
changes. School sizes run from 2 to 40 respondents so that suppression is exercised; school 01611190000052 has
5 administrators and 5 union representatives so that its role rows can be shown; answers are 1-5 with about 6%
missing, and a few respondents skipped most of an area. CDS codes are made up but well-formed (14 digits, some with
a leading zero). Run from the repository root: python3 Tests/Fixtures/scripts/make_survey_fixture.py
"""
import csv
import numpy as np

rng = np.random.default_rng(20110601)
ITEMS = [
    ("cul1", "culture", False), ("cul2", "culture", False), ("cul3", "culture", True), ("cul4", "culture", False),
    ("pd1", "professional_development", False), ("pd2", "professional_development", False),
    ("pd3", "professional_development", True), ("pd4", "professional_development", False),
    ("res1", "resources", False), ("res2", "resources", False), ("res3", "resources", True),
    ("com1", "communication", False), ("com2", "communication", False), ("com3", "communication", True),
    ("com4", "communication", False),
    ("dat1", "data_use", False), ("dat2", "data_use", False), ("dat3", "data_use", False), ("dat4", "data_use", True),
    ("par1", "partnership", False), ("par2", "partnership", False), ("par3", "partnership", True),
    ("par4", "partnership", False), ("par5", "partnership", False),
]
AREAS = sorted({area for _, area, _ in ITEMS})
# (cds, teachers, administrators, union representatives)
SCHOOLS = [
    ("01611190000011", 2, 0, 0), ("01611190000029", 3, 1, 0), ("01611190000037", 4, 1, 0),
    ("01611190000045", 5, 0, 0), ("01611190000052", 10, 5, 5), ("19642120000011", 8, 1, 1),
    ("19642120000029", 12, 1, 1), ("19642120000037", 14, 2, 1), ("19642120000045", 18, 1, 1),
    ("19642120000052", 20, 2, 1), ("19642120000060", 24, 2, 1), ("19642120000078", 28, 1, 1),
    ("19642120000086", 30, 2, 1), ("19642120000094", 35, 2, 1), ("19642120000102", 38, 1, 1),
    ("19642120000110", 6, 0, 1),
]

rows = []
number = 0
for cds, teachers, admins, reps in SCHOOLS:
    theta = rng.normal(0, 0.4)
    roles = ["teacher"] * teachers + ["administrator"] * admins + ["union_rep"] * reps
    for role in roles:
        number += 1
        eta = theta + rng.normal(0, 0.8) + (0.3 if role == "administrator" else 0.0)
        deviation = {area: rng.normal(0, 0.3) for area in AREAS}
        answers = []
        skip_area = AREAS[number % len(AREAS)] if number % 23 == 0 else None
        for item, area, reverse in ITEMS:
            value = int(np.clip(np.rint(3.4 + eta + deviation[area] + rng.normal(0, 0.6)), 1, 5))
            if reverse:
                value = 6 - value
            missing = rng.random() < 0.06 or (area == skip_area and item[-1] != "1")
            answers.append("" if missing else str(value))
        rows.append([f"T{number:04d}", cds, role] + answers)

with open("Tests/Fixtures/survey/pal-fixture-responses.csv", "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["respondent_id", "cds", "role"] + [item for item, _, _ in ITEMS])
    writer.writerows(rows)
print(f"wrote {len(rows)} respondents")
