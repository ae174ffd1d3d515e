# Makes Tests/Fixtures/reference/model-matrix-reference.json: what R's lm() puts in its model matrix for a list of
# formulas on the API samples, so the Swift design stage can be checked against it name for name and number for number.
#
# Run from the repository root:  Rscript Tests/Fixtures/scripts/model_matrix_reference.R
# (made with R 4.2.2 and jsonlite; R's own stats::model.frame / model.matrix, nothing else).
#
# The model frame is built the way lm() builds it: model.frame(..., na.action = na.omit, drop.unused.levels = TRUE),
# so factor levels are those present in the rows used, and the weights column takes part in listwise deletion.
library(jsonlite)

read <- function(file) read.csv(file.path("Tests/Fixtures/reference", file), stringsAsFactors = FALSE)
tables <- list(apisrs.csv = read("apisrs.csv"), apistrat.csv = read("apistrat.csv"))

cases <- list(
  list(id = "main-effects", data = "apisrs.csv", formula = "api00 ~ meals + ell + mobility"),
  list(id = "cross", data = "apisrs.csv", formula = "api00 ~ meals * stype"),
  list(id = "interaction-written-backwards", data = "apisrs.csv", formula = "api00 ~ meals + stype + stype:meals"),
  list(id = "interaction-only-factor-first", data = "apisrs.csv", formula = "api00 ~ stype:meals"),
  list(id = "interaction-only", data = "apisrs.csv", formula = "api00 ~ meals:stype"),
  list(id = "no-intercept-factor", data = "apisrs.csv", formula = "api00 ~ 0 + stype"),
  list(id = "no-intercept-factor-and-number", data = "apisrs.csv", formula = "api00 ~ 0 + stype + meals"),
  list(id = "no-intercept-two-factors", data = "apisrs.csv", formula = "api00 ~ stype + both + 0"),
  list(id = "two-factors-crossed", data = "apisrs.csv", formula = "api00 ~ stype * both"),
  list(id = "factor-interaction-and-main", data = "apisrs.csv", formula = "api00 ~ stype + both:awards"),
  list(id = "three-factor-interaction-only", data = "apisrs.csv", formula = "api00 ~ 0 + stype:both:awards"),
  list(id = "nested-factor", data = "apisrs.csv", formula = "api00 ~ stype + stype:sch.wide"),
  list(id = "later-main-effect", data = "apisrs.csv", formula = "api00 ~ both:meals + stype"),
  list(id = "power-of-sum", data = "apisrs.csv", formula = "api00 ~ (meals + ell + stype)^2"),
  list(id = "power-three", data = "apisrs.csv", formula = "api00 ~ (meals + ell + stype)^3"),
  list(id = "minus-one", data = "apisrs.csv", formula = "api00 ~ meals + ell - 1"),
  list(id = "remove-term", data = "apisrs.csv", formula = "api00 ~ (meals + ell + stype)^2 - ell:stype"),
  list(id = "remove-main-effect-keeps-rows", data = "apisrs.csv", formula = "api00 ~ meals + acs.k3 - acs.k3"),
  list(id = "nesting-slash", data = "apisrs.csv", formula = "api00 ~ stype/meals"),
  list(id = "nesting-in", data = "apisrs.csv", formula = "api00 ~ stype + meals %in% stype"),
  list(id = "square", data = "apisrs.csv", formula = "api00 ~ meals + I(meals^2)"),
  list(id = "product", data = "apisrs.csv", formula = "api00 ~ I(meals * ell)"),
  list(id = "arithmetic", data = "apisrs.csv",
       formula = "api00 ~ I((meals + 1)^2) + sqrt(enroll) + exp(-ell/100) + I(meals*ell/100) + abs(growth) + I(-api99)"),
  list(id = "log", data = "apisrs.csv", formula = "api00 ~ log(enroll)"),
  list(id = "log-response", data = "apisrs.csv", formula = "log(api00) ~ log(enroll + 1) + meals"),
  list(id = "factor-of-numbers", data = "apisrs.csv", formula = "api00 ~ factor(cnum)"),
  list(id = "factor-of-decimals", data = "apisrs.csv", formula = "api00 ~ factor(avg.ed)"),
  list(id = "factor-of-numbers-and-interaction", data = "apistrat.csv", formula = "api00 ~ meals * factor(cnum)"),
  list(id = "intercept-only", data = "apisrs.csv", formula = "api00 ~ 1"),
  list(id = "dotted-names", data = "apisrs.csv", formula = "api.stu ~ `sch.wide` + comp.imp + pct.resp"),
  list(id = "missing-one-column", data = "apisrs.csv", formula = "api00 ~ meals + acs.k3"),
  list(id = "missing-several-columns", data = "apisrs.csv", formula = "api00 ~ acs.46 + acs.core + avg.ed + stype"),
  list(id = "level-only-in-dropped-rows", data = "apisrs.csv", formula = "api00 ~ acs.46 + stype"),
  list(id = "level-only-in-dropped-rows-interaction", data = "apisrs.csv", formula = "api00 ~ acs.46 * stype"),
  list(id = "missing-in-response", data = "apisrs.csv", formula = "target ~ meals + full"),
  list(id = "missing-strat", data = "apistrat.csv", formula = "api00 ~ acs.core * stype + mobility"),
  list(id = "strat-factors", data = "apistrat.csv", formula = "growth ~ stype * sch.wide + meals:ell"),
  list(id = "weights", data = "apistrat.csv", formula = "api00 ~ meals + ell", weights = "pw"),
  list(id = "weights-with-missing", data = "apisrs.csv", formula = "api00 ~ meals + stype", weights = "acs.46"),
  list(id = "cluster", data = "apisrs.csv", formula = "api00 ~ meals + ell + stype", cluster = "dnum"),
  list(id = "cluster-with-missing", data = "apisrs.csv", formula = "api00 ~ meals", cluster = "yr.rnd")
)

# Errors R raises for formulas that look fine (kept so the Swift side can check it refuses them too).
error_cases <- list(
  list(id = "single-level-factor", data = "apisrs.csv", formula = "api00 ~ yr.rnd + meals"),
  list(id = "factor-left-with-one-level", data = "apisrs.csv", formula = "api00 ~ acs.k3 + stype")
)

# Formulas whose meaning needs no data: R's terms() of each (term labels, intercept, variables, and the "factors"
# pattern: 1 = contrasts, 2 = indicators, for each variable of each term).
terms_cases <- c(
  "y ~ a + b", "y ~ b:a + a", "y ~ a*b", "y ~ a*b*c - a:b:c", "y ~ (a + b + c)^2", "y ~ (a + b + c)^2 - a:b",
  "y ~ (a + b)^3", "y ~ c + b:a + a:b:c + a", "y ~ a - 1", "y ~ 0 + a", "y ~ a + 0", "y ~ -1 + a", "y ~ 1 + a",
  "y ~ a - 1 + 0 - 0", "y ~ a - (b - 1)", "y ~ 0 + a - (b - 1)", "y ~ a:1 + b", "y ~ (a + b)/c", "y ~ a %in% b",
  "y ~ a + b - b", "y ~ a*b - a", "y ~ (a + b):(c + d)", "y ~ a:b + a", "y ~ b:a + a:b", "y ~ a + a",
  "y ~ 1", "y ~ 0", "y ~ -1", "y ~ a + -a", "y ~ a:b + a:b:c", "y ~ b:a + c:a + a:b",
  "y ~ a + I(a^2) + log(b) + factor(c)", "y ~ I(a*b) + I(a * b)", "y ~ `odd name` + `a` + `_x`",
  "log(y) ~ a", "y + z ~ a", "y ~ a/b/c", "y ~ (a + b) * (c - 1)", "y ~ ((a))", "y ~ +a", "y ~ a - a"
)

run_terms <- function(text) {
  tt <- terms(as.formula(text))
  pattern <- attr(tt, "factors")
  vars <- vapply(as.list(attr(tt, "variables"))[-1], function(v) paste(deparse(v, backtick = TRUE), collapse = ""), "")
  list(
    formula = text,
    term_labels = I(attr(tt, "term.labels")),
    intercept = attr(tt, "intercept") == 1,
    variables = I(vars),
    factors = I(if (length(pattern) == 0) list() else lapply(seq_len(ncol(pattern)), function(j) I(unname(pattern[, j]))))
  )
}

run_case <- function(case) {
  d <- tables[[case$data]]
  f <- as.formula(case$formula)
  extra <- list()
  if (!is.null(case$weights)) d$.weights <- d[[case$weights]]
  if (!is.null(case$cluster)) d$.cluster <- d[[case$cluster]]
  mf <- if (!is.null(case$weights)) {
    model.frame(f, d, weights = .weights, na.action = na.omit, drop.unused.levels = TRUE)
  } else {
    model.frame(f, d, na.action = na.omit, drop.unused.levels = TRUE)
  }
  used <- as.integer(rownames(mf))
  if (!is.null(case$cluster)) {
    keep <- !is.na(d$.cluster[used])
    used <- used[keep]
    mf <- mf[keep, , drop = FALSE]
  }
  tt <- attr(mf, "terms")
  mm <- model.matrix(tt, mf)
  y <- model.response(mf, "numeric")
  cols <- unique(c(all.vars(f), case$weights, case$cluster))
  missing <- sapply(cols, function(col) sum(is.na(d[[col]])))
  missing <- missing[missing > 0]
  out <- list(
    id = case$id, data = case$data, formula = case$formula,
    weights = if (is.null(case$weights)) NULL else case$weights,
    cluster = if (is.null(case$cluster)) NULL else case$cluster,
    expect = list(
      column_names = I(colnames(mm)),
      term_labels = I(attr(tt, "term.labels")),
      assign = I(attr(mm, "assign")),
      intercept = attr(tt, "intercept") == 1,
      response_name = deparse(f[[2]]),
      n = nrow(mm),
      dropped_total = nrow(d) - nrow(mm),
      dropped_by_column = I(lapply(names(missing), function(col) list(column = col, count = unname(missing[[col]])))),
      rows_dropped = I(setdiff(seq_len(nrow(d)), used)),
      column_sums = I(unname(colSums(mm))),
      column_sums_of_squares = I(unname(colSums(mm^2))),
      first_row = I(unname(mm[1, ])),
      last_row = I(unname(mm[nrow(mm), ])),
      response_sum = sum(y),
      weights_sum = if (is.null(case$weights)) NULL else sum(model.weights(mf)),
      cluster_count = if (is.null(case$cluster)) NULL else length(unique(d$.cluster[used])),
      first_clusters = if (is.null(case$cluster)) NULL else I(as.character(d$.cluster[used][1:5]))
    )
  )
  out$expect <- Filter(Negate(is.null), out$expect)
  Filter(Negate(is.null), out)
}

run_error <- function(case) {
  d <- tables[[case$data]]
  message <- tryCatch({
    mf <- model.frame(as.formula(case$formula), d, na.action = na.omit, drop.unused.levels = TRUE)
    model.matrix(attr(mf, "terms"), mf)
    NA_character_
  }, error = function(e) conditionMessage(e))
  list(id = case$id, data = case$data, formula = case$formula, r_error = message)
}

result <- list(
  made_with = paste(R.version.string, "- stats::model.frame(na.action = na.omit, drop.unused.levels = TRUE) + model.matrix; see Tests/Fixtures/scripts/model_matrix_reference.R"),
  terms_cases = lapply(terms_cases, run_terms),
  cases = lapply(cases, run_case),
  error_cases = lapply(error_cases, run_error)
)
writeLines(toJSON(result, auto_unbox = TRUE, digits = I(17), pretty = TRUE, null = "null"),
           "Tests/Fixtures/reference/model-matrix-reference.json")
