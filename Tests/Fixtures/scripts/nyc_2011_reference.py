"""Independent reference for the NYC 2011 board report (issue 8): builds the school table from the raw NYC files with
pandas (not with the package) and fits the core models with statsmodels OLS, HC3 standard errors.

Real public data (see data/PROVENANCE.md): the 2011 NYC School Survey (community school districts 01-09 only),
NYS grades 3-8 mathematics results 2006-2011, and the School Demographics and Accountability Snapshot.

The table, as issue 8 describes it:
- teacher domain scores saf_t_11, com_t_11, eng_t_11, aca_t_11 (0-10); schools with fewer than 5 teacher
  respondents (N_t) are suppressed;
- math11 / math10: mean over the grade 3-8 rows (Category = All Students) of `Mean Scale Score` weighted by
  `Number Tested`, over rows where both are numbers (`s` is suppressed);
- poverty: frl_percent of schoolyear 20102011;
- joined on DBN (trimmed); a school enters the models when it has all four scores, math11, math10 and poverty.
Models per measure m: (1) math11 ~ m; (2) math11 ~ m + frl_percent; (3) growth ~ m + frl_percent (growth = math11 -
math10); (4) math11 ~ m + frl_percent + math10. Holm adjustment of m's p-values across the four measures, per model.

Run from the repository root:  python3 Tests/Fixtures/scripts/nyc_2011_reference.py
Writes Tests/Fixtures/nyc/nyc-2011-school-table.csv and Tests/Fixtures/nyc/nyc-2011-reference.json.
(pandas 3.1.1, statsmodels 0.15.0 made the committed files.)
"""
import json

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.multitest import multipletests

DATA = "data/nyc"
OUT = "Tests/Fixtures/nyc"
MEASURES = ["saf_t_11", "com_t_11", "eng_t_11", "aca_t_11"]


def number(series):
    return pd.to_numeric(series.astype(str).str.strip(), errors="coerce")


def math_by_year():
    raw = pd.read_csv(f"{DATA}/math_test_results_2006-2011_school_all_students.csv", dtype=str,
                      encoding="utf-8-sig", keep_default_na=False)
    raw = raw[raw["Grade"].str.strip().isin([str(g) for g in range(3, 9)])]
    raw = raw[raw["Category"].str.strip() == "All Students"]
    raw = raw.assign(dbn=raw["DBN"].str.strip(), year=number(raw["Year"]),
                     n=number(raw["Number Tested"]), score=number(raw["Mean Scale Score"]))
    raw = raw.dropna(subset=["n", "score"])
    raw = raw.assign(weighted=raw["n"] * raw["score"])
    sums = raw.groupby(["dbn", "year"])[["weighted", "n"]].sum()
    means = (sums["weighted"] / sums["n"]).unstack("year")
    return pd.DataFrame({"math11": means[2011], "math10": means[2010]})


def poverty():
    raw = pd.read_csv(f"{DATA}/2006_-_2012_School_Demographics_and_Accountability_Snapshot.csv", dtype=str,
                      encoding="utf-8-sig", keep_default_na=False)
    raw = raw[raw["schoolyear"].str.strip() == "20102011"]
    return pd.DataFrame({"frl_percent": number(raw["frl_percent"]).values}, index=raw["DBN"].str.strip().values)


def survey():
    raw = pd.read_csv(f"{DATA}/masterfile11_gened_final_PARTIAL_districts01-09_complete-rows.txt", sep="\t", dtype=str,
                      encoding="utf-8-sig", keep_default_na=False)
    table = pd.DataFrame({"N_t": number(raw["N_t"]).values}, index=raw["dbn"].str.strip().values)
    for m in MEASURES:
        table[m] = number(raw[m]).values
    return table[table["N_t"] >= 5]


def main():
    table = survey().join(math_by_year(), how="inner").join(poverty(), how="inner")
    table = table.dropna(subset=MEASURES + ["math11", "math10", "frl_percent"]).sort_index()
    table["growth"] = table["math11"] - table["math10"]
    table.index.name = "dbn"
    table.to_csv(f"{OUT}/nyc-2011-school-table.csv", float_format="%.17g")
    formulas = {"level": "math11 ~ {m}", "level_poverty": "math11 ~ {m} + frl_percent",
                "growth": "growth ~ {m} + frl_percent", "lagged": "math11 ~ {m} + frl_percent + math10"}
    models = []
    for kind, template in formulas.items():
        fits = []
        for m in MEASURES:
            fit = smf.ols(template.format(m=m), data=table).fit(cov_type="HC3", use_t=True)
            fits.append((m, fit))
        holm = multipletests([fit.pvalues[m] for m, fit in fits], method="holm")[1]
        for (m, fit), adjusted in zip(fits, holm):
            ci = fit.conf_int(0.05)
            models.append({
                "kind": kind, "measure": m, "formula": template.format(m=m), "n": int(fit.nobs),
                "r_squared": fit.rsquared, "adj_r_squared": fit.rsquared_adj, "holm_p_value": adjusted,
                "coefficients": [{"term": "(Intercept)" if t == "Intercept" else t, "estimate": fit.params[t],
                                  "std_error": fit.bse[t], "statistic": fit.tvalues[t], "p_value": fit.pvalues[t],
                                  "conf_low": ci.loc[t, 0], "conf_high": ci.loc[t, 1], "df": fit.df_resid}
                                 for t in fit.params.index]})
    with open(f"{OUT}/nyc-2011-reference.json", "w") as out:
        json.dump({"schools": len(table), "dbns": list(table.index), "models": models}, out, indent=1)
        out.write("\n")
    print(len(table), "schools")


if __name__ == "__main__":
    main()
