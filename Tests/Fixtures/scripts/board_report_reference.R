# Reference numbers for the board report (Tests/ReportingTests/BoardReportAnalysisTests.swift).
#
# Scores the shipped SYNTHETIC PAL survey independently of the package (reverse-coded items, area = mean of answered
# items when at least half are answered, PAL index = mean of the six areas, school = mean of respondents' indexes,
# schools with fewer than 5 respondents suppressed), joins it to the real ABC Unified school table
# (data/survey/abc-2011-2012-schools.csv), and fits the report's models with lm, sandwich::vcovHC(type = "HC3"),
# lmtest, car::vif. The statewide models use the statewide merged table that the package's own merge writes
# (name matching is the package's algorithm, tested in EducationTests):
#   partnership merge-years --district all --output /tmp/statewide-2011-2012.csv
# Run from the repository root:
#   Rscript Tests/Fixtures/scripts/board_report_reference.R /tmp/statewide-2011-2012.csv > Tests/Fixtures/report/board-report-reference.json
# R 4.2.2, sandwich 3.0-2, lmtest 0.9-40, car 3.1-1, yaml, jsonlite.
suppressPackageStartupMessages({ library(sandwich); library(lmtest); library(car); library(yaml); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
statewide_file <- args[1]

book <- yaml::read_yaml("data/survey/pal-codebook.yaml")
resp <- read.csv("data/survey/pal-2011-abc-synthetic.csv", colClasses = c(cds = "character", respondent_id = "character"))
areas <- c("culture", "professional_development", "resources", "communication", "data_use", "partnership")
lo <- book$scale$min; hi <- book$scale$max
area_scores <- sapply(areas, function(a) {
  items <- Filter(function(it) it$area == a, book$items)
  m <- sapply(items, function(it) { x <- resp[[it$id]]; if (isTRUE(it$reverse)) lo + hi - x else x })
  answered <- rowSums(!is.na(m))
  s <- rowMeans(m, na.rm = TRUE)
  s[answered / ncol(m) < 0.5] <- NA
  s
})
resp$pal <- rowMeans(area_scores)              # NA when any area is NA
by_school <- split(resp, resp$cds)
school <- data.frame(cds = names(by_school),
                     n_respondents = sapply(by_school, nrow),
                     pal_n = sapply(by_school, function(d) sum(!is.na(d$pal))),
                     pal_index = sapply(by_school, function(d) mean(d$pal, na.rm = TRUE)))
school$pal_index[school$n_respondents < 5 | school$pal_n < 5] <- NA

schools <- read.csv("data/survey/abc-2011-2012-schools.csv", colClasses = c(cds = "character"))
d <- merge(schools, school, by = "cds")
d <- d[complete.cases(d[, c("pal_index", "api11", "api12", "growth", "meals")]), ]
d <- d[order(d$cds), ]

formulas <- c("api12 ~ pal_index", "api12 ~ pal_index + meals", "growth ~ pal_index + meals",
              "api12 ~ pal_index + meals + api11")
model_json <- function(f, data) {
  m <- lm(as.formula(f), data)
  V <- vcovHC(m, type = "HC3")
  ct <- coeftest(m, vcov. = V)
  ci <- coefci(m, vcov. = V, level = 0.95)
  X <- model.matrix(m); y <- model.response(model.frame(m))
  std <- coef(m)[-1] * apply(X[, -1, drop = FALSE], 2, sd) / sd(y)
  loo <- sapply(seq_len(nrow(data)), function(i) coef(lm(as.formula(f), data[-i, ]))[["pal_index"]])
  list(formula = f, n = nobs(m), terms = names(coef(m)), estimate = unname(coef(m)), std_error = unname(ct[, 2]),
       p_value = unname(ct[, 4]), conf_low = unname(ci[, 1]), conf_high = unname(ci[, 2]),
       r_squared = summary(m)$r.squared, adj_r_squared = summary(m)$adj.r.squared,
       standardized = as.list(std),
       leave_one_out = list(lowest = min(loo), lowest_school = data$sname[which.min(loo)],
                            highest = max(loo), highest_school = data$sname[which.max(loo)]))
}
models <- lapply(formulas, model_json, data = d)

m2 <- lm(api12 ~ pal_index + meals, d); m0 <- lm(api12 ~ meals, d)
a <- anova(m0, m2)
w <- waldtest(m0, m2, vcov = vcovHC(m2, type = "HC3"), test = "F")
cd <- cooks.distance(m2); h <- hatvalues(m2)
top <- order(-cd)[1:5]
m4 <- lm(api12 ~ pal_index + meals + api11, d)

st <- read.csv(statewide_file, colClasses = c(cds = "character"))
st <- st[!is.na(st$meals) & !is.na(st$growth) & !is.na(st$api12), ]
statewide <- lapply(c("api12 ~ meals", "growth ~ meals"), function(f) {
  m <- lm(as.formula(f), st); V <- vcovHC(m, type = "HC3")
  list(formula = f, n = nobs(m), estimate = unname(coef(m)), std_error = unname(sqrt(diag(V))),
       r_squared = summary(m)$r.squared)
})

out <- list(
  schools = nrow(d),
  models = models,
  nested = list(f = a$F[2], p = a$`Pr(>F)`[2], r2_poverty_only = summary(m0)$r.squared,
                wald_f = w$F[2], wald_p = w$`Pr(>F)`[2]),
  influential = list(school = d$sname[top], cooks = unname(cd[top]), leverage = unname(h[top]),
                     residual = unname(residuals(m2)[top]),
                     without_top = coef(lm(api12 ~ pal_index + meals, d[-top[1], ]))[["pal_index"]]),
  vif_model4 = as.list(vif(m4)),
  statewide = statewide)
cat(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
