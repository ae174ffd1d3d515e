# Reference values for the clustered covariances (Tests/RegressionTests/ClusterRobustCovarianceTests.swift).
#
# Run from the repository root:
#   Rscript Tests/Fixtures/scripts/cluster_reference.R
# Writes Tests/Fixtures/reference/cluster-reference.json.
#
# CR1 = sandwich::vcovCL(lm(...), cluster = ~col, type = "HC1") with G - 1 degrees of freedom (Stata's vce(cluster));
# CR2 = estimatr::lm_robust(..., clusters = col, se_type = "CR2"): Bell-McCaffrey covariance and its per-coefficient
# Satterthwaite degrees of freedom. Every number is written with 17 significant digits so that it round-trips a double.
suppressPackageStartupMessages({
  library(sandwich)
  library(estimatr)
})

# Each case names the data file, the formula, an optional weights column and the cluster column. The model
# matrices use only numeric columns, text factors with treatment coding, interactions and 0/1 indicators, so that
# the Swift test can rebuild them from the CSV without a formula parser.
cases <- list(
  list(id = "strat-cr1", data = "apistrat.csv", formula = "api00 ~ meals + ell + stype",
       weights = NULL, cluster = "dnum",
       note = "the reference case strat-cr1 of r-reference.json: 135 districts, 102 of them singletons"),
  list(id = "strat-cr2", data = "apistrat.csv", formula = "api00 ~ meals + ell",
       weights = NULL, cluster = "dnum",
       note = "the reference case strat-cr2 of r-reference.json"),
  list(id = "strat-weighted", data = "apistrat.csv", formula = "api00 ~ meals + ell + stype",
       weights = "enroll", cluster = "cnum",
       note = "case weights; 38 counties, the largest with 41 schools (more rows than 2k)"),
  list(id = "strat-singletons", data = "apistrat.csv", formula = "api00 ~ meals + ell + mobility",
       weights = NULL, cluster = "snum",
       note = "every cluster a single school: CR2 reduces to HC2"),
  list(id = "strat-factor", data = "apistrat.csv", formula = "api00 ~ meals * stype + yr.rnd",
       weights = NULL, cluster = "cnum",
       note = "factor main effects and a numeric-by-factor interaction"),
  list(id = "strat-few-clusters", data = "apistrat.csv", formula = "api00 ~ meals + ell",
       weights = NULL, cluster = "stype",
       note = "three clusters of 100, 50 and 50 schools"),
  list(id = "strat-weights-constant-in-cluster", data = "apistrat.csv", formula = "api00 ~ meals + ell",
       weights = "pw", cluster = "stype",
       note = "sampling weights constant within each cluster (stratum)"),
  list(id = "strat-cluster-dummy", data = "apistrat.csv", formula = "api00 ~ meals + ell + I(dnum == 401)",
       weights = NULL, cluster = "dnum",
       note = "an indicator of one cluster makes I - H_gg singular: CR2 needs its pseudo-inverse square root"),
  list(id = "strat-cluster-dummy-weighted", data = "apistrat.csv", formula = "api00 ~ meals + ell + I(dnum == 401)",
       weights = "enroll", cluster = "dnum",
       note = "the singular block with case weights"),
  list(id = "srs-missing-weighted", data = "apisrs.csv", formula = "api00 ~ meals + avg.ed + mobility",
       weights = "enroll", cluster = "cnum",
       note = "apisrs: 7 rows with avg.ed missing are dropped; case weights")
)

# JSON by hand, because jsonlite prints at most 15 significant digits.
json_number <- function(x) {
  if (is.na(x)) return("null")
  if (x == round(x) && abs(x) < 1e15) return(sprintf("%.0f", x))
  sprintf("%.17g", x)
}
json_string <- function(s) as.character(jsonlite::toJSON(s, auto_unbox = TRUE))
json_value <- function(v) {
  if (is.null(v)) return("null")
  if (is.list(v)) {
    if (!is.null(names(v))) {
      items <- vapply(names(v), function(k) paste0(json_string(k), ": ", json_value(v[[k]])), "")
      return(paste0("{", paste(items, collapse = ", "), "}"))
    }
    return(paste0("[", paste(vapply(v, json_value, ""), collapse = ", "), "]"))
  }
  if (is.matrix(v)) {
    rows <- vapply(seq_len(nrow(v)), function(i) json_value(as.numeric(v[i, ])), "")
    return(paste0("[", paste(rows, collapse = ", "), "]"))
  }
  if (is.character(v)) {
    if (length(v) == 1) return(json_string(v))
    return(paste0("[", paste(vapply(v, json_string, ""), collapse = ", "), "]"))
  }
  if (length(v) == 1 && !inherits(v, "AsIs")) return(json_number(v))
  paste0("[", paste(vapply(as.numeric(v), json_number, ""), collapse = ", "), "]")
}

results <- lapply(cases, function(case) {
  data <- read.csv(file.path("Tests/Fixtures/reference", case$data))
  formula <- as.formula(case$formula)
  # Listwise deletion over every column the model uses, the weights and the cluster.
  used <- unique(c(all.vars(formula), case$weights, case$cluster))
  data <- data[complete.cases(data[, used]), ]
  data$.cluster <- data[[case$cluster]]
  data$.weights <- if (is.null(case$weights)) rep(1, nrow(data)) else data[[case$weights]]

  fit <- if (is.null(case$weights)) lm(formula, data = data) else lm(formula, data = data, weights = .weights)
  X <- model.matrix(fit)
  n <- nrow(X)
  k <- ncol(X)
  G <- length(unique(data$.cluster))

  cr1 <- sandwich::vcovCL(fit, cluster = ~.cluster, type = "HC1")
  robust <- if (is.null(case$weights)) {
    estimatr::lm_robust(formula, data = data, clusters = .cluster, se_type = "CR2")
  } else {
    estimatr::lm_robust(formula, data = data, clusters = .cluster, se_type = "CR2", weights = .weights)
  }
  stata <- if (is.null(case$weights)) {
    estimatr::lm_robust(formula, data = data, clusters = .cluster, se_type = "stata")
  } else {
    estimatr::lm_robust(formula, data = data, clusters = .cluster, se_type = "stata", weights = .weights)
  }
  # The two packages' CR1 must agree, and estimatr's coefficients must be lm's, or the case is not a fair reference.
  stopifnot(max(abs(stata$vcov - cr1) / abs(cr1)) < 1e-10)
  stopifnot(max(abs(robust$coefficients - coef(fit)) / abs(coef(fit))) < 1e-10)
  stopifnot(is.null(names(robust$df)) || all(names(robust$df) == colnames(X)))

  message(sprintf("%-34s n = %3d  k = %d  G = %3d  CR2 df: %s", case$id, n, k, G,
                  paste(sprintf("%.4g", robust$df), collapse = " ")))
  list(
    id = case$id, note = case$note, data = case$data, formula = case$formula,
    weights = case$weights, cluster = case$cluster,
    n = n, k = k, clusters = G,
    terms = colnames(X),
    coefficients = I(unname(coef(fit))),
    cr1 = list(covariance = unname(cr1), degrees_of_freedom = I(rep(G - 1, k))),
    cr2 = list(covariance = unname(robust$vcov), degrees_of_freedom = I(unname(robust$df)))
  )
})

header <- list(
  generated_by = "Tests/Fixtures/scripts/cluster_reference.R",
  r_version = R.version.string,
  sandwich_version = as.character(packageVersion("sandwich")),
  estimatr_version = as.character(packageVersion("estimatr")),
  cr1 = "sandwich::vcovCL(fit, cluster = ~col, type = 'HC1'); degrees of freedom G - 1",
  cr2 = "estimatr::lm_robust(formula, data, clusters = col, se_type = 'CR2'[, weights = w]): vcov and df",
  covariance_layout = "k x k, a list of rows in the order of terms"
)
text <- paste0("{\"about\": ", json_value(header), ",\n \"cases\": [\n  ",
               paste(vapply(results, json_value, ""), collapse = ",\n  "), "\n]}\n")
writeLines(text, "Tests/Fixtures/reference/cluster-reference.json", sep = "")
