# Reference values for the survey tests (Tests/EducationTests/*Reliability*, *IntraclassCorrelation*, ...).
#
# Run from the repository root:  Rscript Tests/Fixtures/scripts/survey_reference.R
# Needs: psych and psychTools (Debian r-cran-psych 2.2.9), multilevel (r-cran-multilevel 2.7), yaml, jsonlite.
# Writes Tests/Fixtures/survey/survey-reference.json and Tests/Fixtures/survey/bfi-agreeableness-conscientiousness.csv.
#
# What is computed, and how the package should agree:
# - scale scores: reverse-coded items as 6 - x; an area's score is the mean of answered items when at least half
#   the area's items are answered; the PAL index is the mean of the six area scores (missing if any is);
# - psych::alpha on the complete cases of each area (listwise, as the package does; psych's default would use
#   pairwise covariances): raw_alpha, std.alpha, average_r, r.drop, alpha if dropped (raw and std), and the Feldt
#   interval psych reports (psych::alpha.ci);
# - ICC(1) and ICC(2) from aov(score ~ school) by hand with the adjusted group size
#   n0 = (N - sum(n_j^2)/N)/(J - 1), and multilevel::ICC1 / ICC2 (which use k = N/J);
# - school means, SDs and counts of every measure (before suppression);
# - the same alpha statistics for psychTools' bfi Agreeableness (A1 reversed) and Conscientiousness (C4, C5
#   reversed) items, 1-6 scale (reversed as 7 - x);
# - a few F quantiles from qf.
suppressPackageStartupMessages({
  library(psych); library(multilevel); library(yaml); library(jsonlite)
})

codebook <- yaml::read_yaml("data/survey/pal-codebook.yaml")
items <- data.frame(
  id = sapply(codebook$items, `[[`, "id"),
  area = sapply(codebook$items, `[[`, "area"),
  reverse = sapply(codebook$items, function(i) isTRUE(i$reverse)),
  stringsAsFactors = FALSE)
areas <- c("culture", "professional_development", "resources", "communication", "data_use", "partnership")

responses <- read.csv("Tests/Fixtures/survey/pal-fixture-responses.csv",
                      colClasses = c(respondent_id = "character", cds = "character", role = "character"))
scored <- responses[, items$id]
for (j in seq_len(nrow(items))) if (items$reverse[j]) scored[[j]] <- 6 - scored[[j]]

alpha_stats <- function(x) {
  x <- na.omit(as.data.frame(x))
  a <- psych::alpha(x, check.keys = FALSE, warnings = FALSE)
  list(items = colnames(x), n_complete = nrow(x),
       raw_alpha = a$total$raw_alpha, std_alpha = a$total$std.alpha, average_r = a$total$average_r,
       r_drop = a$item.stats$r.drop,
       alpha_drop_raw = a$alpha.drop$raw_alpha, alpha_drop_std = a$alpha.drop$std.alpha,
       feldt_lower = as.numeric(a$feldt$lower.ci), feldt_upper = as.numeric(a$feldt$upper.ci))
}

area_scores <- sapply(areas, function(area) {
  x <- as.matrix(scored[, items$id[items$area == area]])
  answered <- rowSums(!is.na(x))
  ifelse(answered >= 0.5 * ncol(x), rowMeans(x, na.rm = TRUE), NA)
})
pal_index <- rowMeans(area_scores)          # NA when any area is NA
measures <- cbind(pal_index = pal_index, area_scores)

icc_stats <- function(y, school) {
  keep <- !is.na(y)
  y <- y[keep]; school <- factor(school[keep])
  fit <- aov(y ~ school)
  table <- summary(fit)[[1]]
  msb <- table[1, "Mean Sq"]; msw <- table[2, "Mean Sq"]
  sizes <- as.vector(table(school)); n <- sum(sizes); j <- length(sizes)
  n0 <- (n - sum(sizes^2) / n) / (j - 1)
  list(groups = j, n = n, msb = msb, msw = msw, n0 = n0,
       icc1 = (msb - msw) / (msb + (n0 - 1) * msw),
       icc1_mean_group_size = multilevel::ICC1(fit), icc2 = multilevel::ICC2(fit))
}

schools <- lapply(sort(unique(responses$cds)), function(cds) {
  rows <- responses$cds == cds
  out <- list(cds = cds, n = sum(rows))
  for (m in colnames(measures)) {
    v <- measures[rows, m]; v <- v[!is.na(v)]
    out[[m]] <- list(n = length(v), mean = if (length(v)) mean(v) else NA, sd = if (length(v) > 1) sd(v) else NA)
  }
  out
})

data(bfi, package = "psychTools")
bfi_items <- bfi[, c(paste0("A", 1:5), paste0("C", 1:5))]
write.csv(bfi_items, "Tests/Fixtures/survey/bfi-agreeableness-conscientiousness.csv", row.names = FALSE, na = "")
agree <- bfi_items[, paste0("A", 1:5)]; agree$A1 <- 7 - agree$A1
consc <- bfi_items[, paste0("C", 1:5)]; consc$C4 <- 7 - consc$C4; consc$C5 <- 7 - consc$C5

quantiles <- expand.grid(p = c(0.025, 0.975, 0.5), df = c(2, 9, 40, 250, 2435))
quantiles$df2 <- quantiles$df * 4
quantiles$q <- qf(quantiles$p, quantiles$df, quantiles$df2)

result <- list(
  made_with = sprintf("%s; psych %s; multilevel %s; Tests/Fixtures/scripts/survey_reference.R",
                      R.version.string, packageVersion("psych"), packageVersion("multilevel")),
  pal = list(
    scales = setNames(lapply(areas, function(area) alpha_stats(scored[, items$id[items$area == area]])), areas),
    icc = setNames(lapply(colnames(measures), function(m) icc_stats(measures[, m], responses$cds)), colnames(measures)),
    schools = schools,
    respondents_with_index = sum(!is.na(pal_index))),
  bfi = list(agreeableness = alpha_stats(agree), conscientiousness = alpha_stats(consc)),
  f_quantiles = quantiles)
writeLines(toJSON(result, digits = NA, auto_unbox = TRUE, na = "null", pretty = TRUE),
           "Tests/Fixtures/survey/survey-reference.json")
