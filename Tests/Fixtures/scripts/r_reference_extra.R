# Makes Tests/Fixtures/reference/r-reference-extra.json: more end-to-end cases in the shape of r-reference.json
# (CSV -> formula -> design -> fit -> coefficient table), following the conventions of reference/README.md.
#
# Run from the repository root:  Rscript Tests/Fixtures/scripts/r_reference_extra.R
# Made with R 4.2.2, sandwich 3.0-2, estimatr 1.0.0, jsonlite, lmtest, car, clubSandwich (Debian packages).
# Before writing, it recomputes every case of r-reference.json and stops unless it agrees to 1e-10, so the two
# files follow the same conventions.
suppressPackageStartupMessages({
  library(sandwich); library(estimatr); library(jsonlite); library(car); library(clubSandwich)
})
dir <- "Tests/Fixtures/reference"

reference_case <- function(id, data, formula, weights, vcov) {
  d <- read.csv(file.path(dir, data))
  f <- as.formula(formula)
  used <- unique(c(all.vars(f), if (!is.null(weights)) weights,
                   if (startsWith(vcov, "CR")) sub("^CR[12]:", "", vcov)))
  d <- d[complete.cases(d[, used, drop = FALSE]), , drop = FALSE]  # listwise deletion, weights and clusters included
  d$.w <- if (is.null(weights)) rep(1, nrow(d)) else d[[weights]]
  m <- lm(f, data = d, weights = .w)
  b <- coef(m)
  stopifnot(!anyNA(b))
  n <- nobs(m); k <- m$rank; rdf <- df.residual(m)
  s <- summary(m)
  tested <- which(names(b) != "(Intercept)")
  wald <- function(V) {  # Wald F of all non-intercept coefficients under V
    bb <- b[tested]
    as.numeric(t(bb) %*% solve(V[tested, tested, drop = FALSE], bb)) / length(tested)
  }
  if (vcov == "classical") {
    V <- vcov(m); df <- rep(rdf, k)
    fstat <- unname(s$fstatistic["value"])
  } else if (vcov %in% c("HC0", "HC1", "HC2", "HC3")) {
    V <- vcovHC(m, type = vcov); df <- rep(rdf, k)
    fstat <- wald(V)
  } else if (startsWith(vcov, "CR1:")) {
    cl <- sub("^CR1:", "", vcov)
    V <- vcovCL(m, cluster = d[[cl]], type = "HC1")
    G <- length(unique(d[[cl]])); df <- rep(G - 1, k)
    fstat <- wald(V)
    # Stata's vce(cluster) as estimatr has it must agree.
    r <- lm_robust(f, data = d, weights = .w, clusters = d[[cl]], se_type = "stata")
    stopifnot(isTRUE(all.equal(unname(r$std.error), unname(sqrt(diag(V))), tolerance = 1e-10)))
    stopifnot(isTRUE(all.equal(unname(r$fstatistic["value"]), fstat, tolerance = 1e-10)))
  } else if (startsWith(vcov, "CR2:")) {
    cl <- sub("^CR2:", "", vcov)
    r <- lm_robust(f, data = d, weights = .w, clusters = d[[cl]], se_type = "CR2")
    V <- r$vcov; df <- unname(r$df)
    fstat <- unname(r$fstatistic["value"])
    # clubSandwich's CR2 (an independent implementation) must agree on the covariance.
    Vc <- as.matrix(vcovCR(m, cluster = d[[cl]], type = "CR2"))
    stopifnot(isTRUE(all.equal(unname(V), unname(Vc), tolerance = 1e-10)))
  } else stop("unknown vcov ", vcov)
  se <- sqrt(diag(V)); tstat <- b / se
  q <- qt(0.975, df)
  coefs <- lapply(seq_along(b), function(j) list(
    term = names(b)[j], estimate = unname(b[j]), std_error = unname(se[j]), statistic = unname(tstat[j]),
    p_value = 2 * pt(-abs(unname(tstat[j])), df[j]),
    conf_low = unname(b[j] - q[j] * se[j]), conf_high = unname(b[j] + q[j] * se[j])))
  list(id = id, data = data, formula = formula, weights = weights, vcov = vcov,
       expect = list(n = n, df_residual = rdf, rank = k, coefficients = coefs,
                     r_squared = s$r.squared, adj_r_squared = s$adj.r.squared, sigma = s$sigma,
                     f_statistic = fstat))
}

# The conventions check: every published case is reproduced.
published <- fromJSON(file.path(dir, "r-reference.json"), simplifyVector = FALSE)
for (case in published) {
  mine <- reference_case(case$id, case$data, case$formula, case$weights, case$vcov)
  a <- unlist(mine$expect[c("r_squared", "adj_r_squared", "sigma", "f_statistic")])
  e <- unlist(case$expect[c("r_squared", "adj_r_squared", "sigma", "f_statistic")])
  stopifnot(isTRUE(all.equal(a, e, tolerance = 1e-10)))
  for (j in seq_along(case$expect$coefficients)) {
    ec <- case$expect$coefficients[[j]]; ac <- mine$expect$coefficients[[j]]
    stopifnot(ec$term == ac$term)
    num <- c("estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high")
    stopifnot(isTRUE(all.equal(unlist(ac[num]), unlist(ec[num]), tolerance = 1e-10)))
  }
}

extra <- list(
  reference_case("srs-wls-hc3", "apisrs.csv", "api00 ~ meals + ell + stype", "enroll", "HC3"),
  reference_case("srs-wls-poly-hc0", "apisrs.csv", "api00 ~ meals + I(meals^2)", "enroll", "HC0"),
  reference_case("srs-factor-interaction", "apisrs.csv", "growth ~ stype * awards", NULL, "classical"),
  reference_case("strat-factor-interaction-hc2", "apistrat.csv", "api00 ~ stype * awards", NULL, "HC2"),
  reference_case("srs-missing-hc1", "apisrs.csv", "api00 ~ meals + acs.k3 + avg.ed", NULL, "HC1"),
  reference_case("strat-noint-factor", "apistrat.csv", "api00 ~ 0 + stype + meals", NULL, "classical"),
  reference_case("strat-wls-cr1", "apistrat.csv", "api00 ~ meals + ell", "enroll", "CR1:dnum"),
  reference_case("strat-wls-cr2", "apistrat.csv", "api00 ~ meals + ell + stype", "enroll", "CR2:dnum"),
  reference_case("strat-interaction-cr1", "apistrat.csv", "growth ~ meals * stype", NULL, "CR1:dnum")
)
write_json(extra, file.path(dir, "r-reference-extra.json"), auto_unbox = TRUE, digits = NA, pretty = TRUE,
           null = "null")
cat("wrote", length(extra), "cases; all", length(published), "published cases reproduced\n")
