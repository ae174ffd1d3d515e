# Reference values for `partnership compare`, `describe` and `plot` on the shipped ABC Unified school table
# (data/survey/abc-2011-2012-schools.csv: real API data, 28 schools).
# Run from the repository root: Rscript Tests/Fixtures/scripts/notebook_commands_reference.R
# Writes Tests/Fixtures/notebooks/abc-commands-reference.json. R 4.2.2, sandwich 3.0.2, lmtest 0.9.40, jsonlite 1.8.4.
suppressMessages({ library(sandwich); library(lmtest); library(jsonlite) })
d <- read.csv("data/survey/abc-2011-2012-schools.csv", colClasses = c(cds = "character"))

formulas <- c("api12 ~ meals", "api12 ~ meals + p_el", "growth ~ meals + p_el", "api12 ~ meals + p_el + api11",
              "growth ~ meals + stype")
models <- lapply(formulas, function(f) {
  fit <- lm(as.formula(f), data = d)
  v <- vcovHC(fit, type = "HC3")
  ct <- coeftest(fit, vcov. = v)
  ci <- coefci(fit, vcov. = v, level = 0.95)
  list(formula = f, n = nobs(fit), r_squared = summary(fit)$r.squared,
       terms = rownames(ct), estimate = unname(ct[, 1]), std_error = unname(ct[, 2]),
       p_value = unname(ct[, 4]), conf_low = unname(ci[, 1]), conf_high = unname(ci[, 2]))
})

# What p_el adds to api12 ~ meals: classical F (anova) and HC3 Wald (lmtest::waldtest).
small <- lm(api12 ~ meals, data = d); big <- lm(api12 ~ meals + p_el, data = d)
a <- anova(small, big)
w <- waldtest(small, big, vcov = vcovHC(big, type = "HC3"), test = "F")
nested <- list(classical_f = a$F[2], classical_p = a$`Pr(>F)`[2], hc3_f = w$F[2], hc3_p = w$`Pr(>F)`[2])

cols <- c("api11", "api12", "growth", "meals", "p_el")
describe <- lapply(cols, function(c) list(column = c, n = sum(!is.na(d[[c]])), mean = mean(d[[c]], na.rm = TRUE),
                                            sd = sd(d[[c]], na.rm = TRUE), min = min(d[[c]], na.rm = TRUE),
                                            max = max(d[[c]], na.rm = TRUE)))
correlations <- unname(cor(d[, cols], use = "pairwise.complete.obs"))

line <- coef(lm(growth ~ meals, data = d))
lagged <- lm(api12 ~ meals + p_el + api11, data = d)
r <- residuals(lagged)
top <- order(-abs(r))[1:3]
residuals_top <- list(school = d$sname[top], residual = unname(r[top]))

out <- list(models = models, nested = nested, describe = describe, correlations = correlations,
            scatter_line = list(intercept = unname(line[1]), slope = unname(line[2])),
            largest_residuals = residuals_top)
writeLines(toJSON(out, digits = 17, auto_unbox = TRUE, pretty = TRUE),
           "Tests/Fixtures/notebooks/abc-commands-reference.json")
