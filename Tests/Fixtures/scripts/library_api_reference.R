# Reference values for the one-call library API (Tests/RegressionTests/LinearModelOneCallTests.swift):
# coefficients, HC3 standard errors and intervals, predictions on new data, and Wald tests of written hypotheses.
# Run from the repository root:  Rscript Tests/Fixtures/scripts/library_api_reference.R
# Writes Tests/Fixtures/reference/library-api-reference.json. Needs r-base-core and r-cran-sandwich.
library(sandwich)
strat <- read.csv("Tests/Fixtures/reference/apistrat.csv")
srs <- read.csv("Tests/Fixtures/reference/apisrs.csv")
num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
wald <- function(fit, V, R, r, df2) {
  d <- R %*% coef(fit) - r
  f <- as.numeric(t(d) %*% solve(R %*% V %*% t(R)) %*% d) / nrow(R)
  c(f, nrow(R), df2, pf(f, nrow(R), df2, lower.tail = FALSE))
}

m <- lm(api00 ~ api99 + meals + factor(stype), data = strat)
V <- vcovHC(m, type = "HC3")
se <- sqrt(diag(V))
tq <- qt(0.975, df.residual(m))
new <- srs[1:25, ]
pred <- predict(m, newdata = new)

m2 <- lm(api00 ~ api99 + meals + ell + stype, data = strat)
V2 <- vcovHC(m2, type = "HC3")
b <- names(coef(m2))
R1 <- rbind(as.numeric(b == "meals"), as.numeric(b == "ell"))
R2 <- rbind(as.numeric(b == "api99") + as.numeric(b == "meals"))
R3 <- rbind(2 * as.numeric(b == "meals") - as.numeric(b == "ell"))
Vc <- vcovCL(m2, cluster = ~dnum, type = "HC1")
G <- length(unique(strat$dnum))

pop <- read.csv("data/api/ca-api-1999-2000-apipop.csv")
mp <- lm(api00 ~ api99 + meals + factor(stype), data = pop)
pop_se <- sqrt(diag(vcovHC(mp, type = "HC3")))
# The two-model table of Examples/TwoModelsTable: api00 on poverty, then adding the prior year.
mt1 <- lm(api00 ~ meals, data = pop)
mt2 <- lm(api00 ~ api99 + meals, data = pop)

X <- model.matrix(m)
plain <- lm.fit(X, strat$api00)

cat(file = "Tests/Fixtures/reference/library-api-reference.json", paste0('{\n',
  '  "_source": "R ', R.version$major, '.', R.version$minor, ', sandwich ', packageVersion("sandwich"),
  '; Tests/Fixtures/scripts/library_api_reference.R",\n',
  '  "names": [', paste0('"', names(coef(m)), '"', collapse = ", "), '],\n',
  '  "coef": ', vec(coef(m)), ',\n',
  '  "hc3_se": ', vec(se), ',\n',
  '  "hc3_conf_low": ', vec(coef(m) - tq * se), ',\n',
  '  "hc3_conf_high": ', vec(coef(m) + tq * se), ',\n',
  '  "r2": ', num(summary(m)$r.squared), ',\n',
  '  "adjr2": ', num(summary(m)$adj.r.squared), ',\n',
  '  "nobs": ', nobs(m), ',\n',
  '  "df_residual": ', df.residual(m), ',\n',
  '  "predict_srs_rows_1_25": ', vec(pred), ',\n',
  '  "lm_fit_coef": ', vec(plain$coefficients), ',\n',
  '  "wald_meals_ell_hc3": ', vec(wald(m2, V2, R1, c(0, 0), df.residual(m2))), ',\n',
  '  "wald_api99_plus_meals_eq_1_hc3": ', vec(wald(m2, V2, R2, 1, df.residual(m2))), ',\n',
  '  "wald_2meals_eq_ell_hc3": ', vec(wald(m2, V2, R3, 0, df.residual(m2))), ',\n',
  '  "wald_meals_ell_cr1_dnum": ', vec(wald(m2, Vc, R1, c(0, 0), G - 1)), ',\n',
  '  "apipop_coef": ', vec(coef(mp)), ',\n',
  '  "apipop_hc3_se": ', vec(pop_se), ',\n',
  '  "table_m1_coef": ', vec(coef(mt1)), ',\n',
  '  "table_m1_hc3_se": ', vec(sqrt(diag(vcovHC(mt1, type = "HC3")))), ',\n',
  '  "table_m1_r2": ', num(summary(mt1)$r.squared), ',\n',
  '  "table_m2_coef": ', vec(coef(mt2)), ',\n',
  '  "table_m2_hc3_se": ', vec(sqrt(diag(vcovHC(mt2, type = "HC3")))), ',\n',
  '  "table_m2_r2": ', num(summary(mt2)$r.squared), ',\n',
  '  "table_nobs": ', nobs(mt2), '\n',
  '}\n'))
