# Makes Tests/Fixtures/reference/fit-extra-reference.json: reference numbers for the unit tests of the fit stage
# (Tests/RegressionTests), which build each model matrix directly from the CSV columns named in `columns`.
#
# Run from the repository root:  Rscript Tests/Fixtures/scripts/fit_reference.R
# Made with R 4.2.2: lm, summary.lm, logLik/AIC/BIC, confint, hatvalues, cooks.distance, anova;
# sandwich 3.0-2 vcovHC; lmtest coefci/waldtest; car 3.1-1 vif and linearHypothesis.
#
# Each column's `recipe` is a list of factors multiplied together: a numeric column's name, or `var=level` for the
# indicator of a text column's level; an empty recipe is the intercept. The script checks that these columns equal
# R's own model.matrix, so the tests fit exactly the matrix R fitted.
suppressPackageStartupMessages({
  library(sandwich); library(lmtest); library(car); library(jsonlite)
})
dir <- "Tests/Fixtures/reference"
hc <- c("HC0", "HC1", "HC2", "HC3")

column_values <- function(d, recipe) {
  v <- rep(1, nrow(d))
  for (part in recipe) {
    if (grepl("=", part, fixed = TRUE)) {
      kv <- strsplit(part, "=", fixed = TRUE)[[1]]
      v <- v * as.numeric(d[[kv[1]]] == kv[2])
    } else v <- v * d[[part]]
  }
  v
}

# A column: name as R prints it, the index (0-based) of its term in `terms` (NULL for the intercept), its recipe.
col <- function(name, term, recipe = list()) list(name = name, term = term, recipe = recipe)

fit_case <- function(id, data, formula, response, columns, terms, intercept, weights = NULL, zero_weight_rows = integer(0),
                     extra = function(d) d) {
  d <- extra(read.csv(file.path(dir, data)))
  f <- as.formula(formula)
  variables <- unique(c(response, unlist(lapply(columns, function(c) sub("=.*", "", unlist(c$recipe)))), weights))
  d <- d[complete.cases(d[, variables, drop = FALSE]), , drop = FALSE]
  d$.w <- if (is.null(weights)) rep(1, nrow(d)) else as.numeric(d[[weights]])
  d$.w[zero_weight_rows] <- 0  # 1-based rows of the complete-case data
  m <- lm(f, data = d, weights = .w)
  X <- sapply(columns, function(c) column_values(d, unlist(c$recipe)))
  mm <- model.matrix(m)
  stopifnot(identical(dim(X), dim(mm)), max(abs(X - mm)) == 0)
  stopifnot(identical(names(coef(m)), sapply(columns, `[[`, "name")))

  positive <- d$.w > 0
  # sandwich::vcovHC recycles hat values of the wrong length when some weights are zero (it warns), so the robust
  # reference for such a fit is the same model on the rows of positive weight (what lm itself estimates).
  ms <- if (any(!positive)) lm(f, data = d[positive, ], weights = .w) else m
  b <- coef(m); kept <- !is.na(b); rdf <- df.residual(m)
  s <- summary(m)
  covariances <- c(list(classical = vcov(m, complete = FALSE)), setNames(lapply(hc, function(t) vcovHC(ms, type = t)), hc))
  tested <- names(b)[kept & names(b) != "(Intercept)"]
  per_type <- lapply(names(covariances), function(t) {
    V <- covariances[[t]]
    se <- sqrt(diag(V)); tt <- b[kept] / se
    stopifnot(length(se) == sum(kept))
    ci90 <- if (t == "classical") confint(m, level = 0.90)[kept, , drop = FALSE] else coefci(ms, vcov. = V, level = 0.90)
    ci95 <- if (t == "classical") confint(m, level = 0.95)[kept, , drop = FALSE] else coefci(ms, vcov. = V, level = 0.95)
    bt <- b[tested]
    wald_f <- as.numeric(t(bt) %*% solve(V[tested, tested, drop = FALSE], bt)) / length(tested)
    if (all(kept)) {  # car's own Wald test (it refuses aliased models) must agree
      lh <- linearHypothesis(ms, tested, vcov. = V, test = "F")
      stopifnot(isTRUE(all.equal(lh$F[2], wald_f, tolerance = 1e-10)), lh$Res.Df[2] == rdf)
    }
    list(std_error = unname(se), statistic = unname(tt), p_value = unname(2 * pt(-abs(tt), rdf)),
         conf_low_90 = unname(ci90[, 1]), conf_high_90 = unname(ci90[, 2]),
         conf_low_95 = unname(ci95[, 1]), conf_high_95 = unname(ci95[, 2]),
         wald_f = wald_f, wald_df = c(length(tested), rdf),
         wald_p = pf(wald_f, length(tested), rdf, lower.tail = FALSE))
  })
  names(per_type) <- names(covariances)

  full_length <- function(v) { out <- rep(0, nrow(d)); out[positive] <- v; out }  # R omits zero-weight rows
  wsd <- function(x, w) sqrt(sum(w * (x - sum(w * x) / sum(w))^2) / sum(w))
  y <- d[[response]]
  beta <- sapply(seq_along(b), function(j) {
    if (!kept[j] || names(b)[j] == "(Intercept)") return(NA)
    if (is.null(weights)) b[j] * sd(X[, j]) / sd(y) else b[j] * wsd(X[, j], d$.w) / wsd(y, d$.w)
  })
  vif <- NULL
  if (all(kept) && length(terms) >= 2) {
    v <- suppressMessages(vif(m))
    if (is.matrix(v)) {
      vif <- lapply(seq_len(nrow(v)), function(i) list(term = rownames(v)[i], gvif = v[i, 1], df = v[i, 2], adjusted = v[i, 3]))
    } else {
      vif <- lapply(seq_along(v), function(i) list(term = names(v)[i], gvif = unname(v[i]), df = 1, adjusted = sqrt(unname(v[i]))))
    }
  }
  list(id = id, data = data, formula = formula, response = response, columns = columns, terms = I(terms),
       intercept = intercept, weights = weights, zero_weight_rows = I(zero_weight_rows - 1),
       expect = list(n = nobs(m), rows = nrow(d), rank = m$rank, df_residual = rdf,
                     coefficients = unname(b), aliased = I(names(b)[!kept]),
                     sigma = s$sigma, r_squared = s$r.squared, adj_r_squared = s$adj.r.squared,
                     f_statistic = unname(s$fstatistic["value"]), f_df = unname(s$fstatistic[c("numdf", "dendf")]),
                     f_p_value = unname(pf(s$fstatistic["value"], s$fstatistic["numdf"], s$fstatistic["dendf"], lower.tail = FALSE)),
                     rss = deviance(m), log_lik = as.numeric(logLik(m)), aic = AIC(m), bic = BIC(m),
                     covariance = per_type,
                     hat = full_length(hatvalues(m)), cooks = full_length(cooks.distance(m)),
                     fitted = unname(fitted(m)), residuals = unname(residuals(m)),
                     beta = beta, vif = vif),
       model = m)
}

stype <- list(col("stypeH", 2, list("stype=H")), col("stypeM", 2, list("stype=M")))
cases <- list(
  fit_case("srs-wls-stype", "apisrs.csv", "api00 ~ meals + ell + stype", "api00",
           c(list(col("(Intercept)", NULL), col("meals", 0, list("meals")), col("ell", 1, list("ell"))), stype),
           c("meals", "ell", "stype"), TRUE, weights = "enroll"),
  fit_case("srs-wls-poverty", "apisrs.csv", "api00 ~ meals", "api00",
           list(col("(Intercept)", NULL), col("meals", 0, list("meals"))), c("meals"), TRUE, weights = "enroll"),
  fit_case("srs-ols-lagged", "apisrs.csv", "api00 ~ api99 + meals + ell + stype", "api00",
           c(list(col("(Intercept)", NULL), col("api99", 0, list("api99")), col("meals", 1, list("meals")),
                  col("ell", 2, list("ell"))), lapply(stype, function(c) { c$term <- 3; c })),
           c("api99", "meals", "ell", "stype"), TRUE),
  fit_case("srs-ols-poverty", "apisrs.csv", "api00 ~ meals + ell", "api00",
           list(col("(Intercept)", NULL), col("meals", 0, list("meals")), col("ell", 1, list("ell"))),
           c("meals", "ell"), TRUE),
  fit_case("srs-aliased", "apisrs.csv", "api00 ~ meals + ell + meals_copy + api99 + stypeE + stypeH + stypeM", "api00",
           list(col("(Intercept)", NULL), col("meals", 0, list("meals")), col("ell", 1, list("ell")),
                col("meals_copy", 2, list("meals")), col("api99", 3, list("api99")),
                col("stypeE", 4, list("stype=E")), col("stypeH", 5, list("stype=H")), col("stypeM", 6, list("stype=M"))),
           c("meals", "ell", "meals_copy", "api99", "stypeE", "stypeH", "stypeM"), TRUE,
           extra = function(d) { d$meals_copy <- d$meals; for (l in c("E", "H", "M")) d[[paste0("stype", l)]] <- as.numeric(d$stype == l); d }),
  fit_case("srs-zero-weights", "apisrs.csv", "api00 ~ meals + ell", "api00",
           list(col("(Intercept)", NULL), col("meals", 0, list("meals")), col("ell", 1, list("ell"))),
           c("meals", "ell"), TRUE, weights = "enroll", zero_weight_rows = c(1:5, 50, 51, 120, 199, 200)),
  fit_case("srs-wls-noint", "apisrs.csv", "api00 ~ 0 + meals + ell", "api00",
           list(col("meals", 0, list("meals")), col("ell", 1, list("ell"))), c("meals", "ell"), FALSE, weights = "enroll"),
  fit_case("strat-interaction", "apistrat.csv", "api00 ~ meals * stype", "api00",
           c(list(col("(Intercept)", NULL), col("meals", 0, list("meals"))), lapply(stype, function(c) { c$term <- 1; c }),
             list(col("meals:stypeH", 2, list("meals", "stype=H")), col("meals:stypeM", 2, list("meals", "stype=M")))),
           c("meals", "stype", "meals:stype"), TRUE)
)
names(cases) <- sapply(cases, `[[`, "id")

# Nested tests: anova (classical F) and lmtest::waldtest under each HC covariance of the full model.
nested <- function(restricted, full) {
  m0 <- cases[[restricted]]$model; m1 <- cases[[full]]$model
  a <- anova(m0, m1)
  wald <- lapply(hc, function(t) {
    w <- waldtest(m0, m1, vcov = function(x) vcovHC(x, type = t), test = "F")
    list(type = t, f = w$F[2], df1 = abs(w$Df[2]), df2 = w$Res.Df[2], p = w[["Pr(>F)"]][2])
  })
  list(restricted = restricted, full = full,
       anova = list(f = a$F[2], df1 = a$Df[2], df2 = a$Res.Df[2], p = a[["Pr(>F)"]][2], rss0 = a$RSS[1], rss1 = a$RSS[2]),
       wald = wald)
}
nested_tests <- list(nested("srs-ols-poverty", "srs-ols-lagged"), nested("srs-wls-poverty", "srs-wls-stype"))

for (i in seq_along(cases)) cases[[i]]$model <- NULL
write_json(list(cases = unname(cases), nested = nested_tests), file.path(dir, "fit-extra-reference.json"),
           auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null", na = "null")
cat("wrote", length(cases), "cases and", length(nested_tests), "nested tests\n")
