# Exact power, coverage, mean and SD of the partnership estimate for `partnership power` with classical standard
# errors, for the generative model of Sources/Reporting/PowerStudy.swift (defaults of PowerStudySettings).
#
# Derivation: with (theta, m, e, v, x) independent and theta, m, e, v normal, the response given the regressors is
# linear with iid normal errors: E[theta | p] = R (p - 3.4), so growth = X gamma + eps with slope beta R on the
# measured index p and Var(eps) = beta^2 sd_theta^2 (1 - R) + sd_e^2 (+ sd_b^2 for the level model, whose base-year
# API is not a regressor). Given the regressors, the classical t statistic of p is noncentral t on n - k df with
# noncentrality beta R sqrt(S) / sd_eps, where S, the residual sum of squares of p on the other regressors, is
# Var(p) chi^2 with n - k + 1 df (p is independent of them) and Var(p) = sd_theta^2 / R. Power and coverage are the
# expectations over S, integrated numerically; E[1 / chi^2_nu] = 1 / (nu - 2) gives the SD of the estimates.
#
# Run: Rscript Tests/Fixtures/scripts/power_reference.R > Tests/Fixtures/power/power-classical-exact.csv
# (R 4.2.2, base stats only.)
sd_theta <- 0.4; sd_e <- 15; sd_b <- 36; level <- 0.95

exact <- function(model, n, beta, R) {
  k <- if (model == "lagged") 4 else 3
  df <- n - k
  nu <- df + 1                                  # df of S
  sd_eps <- sqrt(beta^2 * sd_theta^2 * (1 - R) + sd_e^2 + (if (model == "level") sd_b^2 else 0))
  var_p <- sd_theta^2 / R
  crit <- qt(1 - (1 - level) / 2, df)
  # Integrate over u = S / var_p ~ chi^2_nu.
  over <- function(f) integrate(function(u) f(u) * dchisq(u, nu), 0, Inf, rel.tol = 1e-12)$value
  power <- over(function(u) {
    d <- beta * R * sqrt(u * var_p) / sd_eps
    pt(-crit, df, ncp = d) + pt(crit, df, ncp = d, lower.tail = FALSE)
  })
  coverage <- over(function(u) {
    d <- (beta * R - beta) * sqrt(u * var_p) / sd_eps
    pt(crit, df, ncp = d) - pt(-crit, df, ncp = d)
  })
  data.frame(model = model, schools = n, effect = beta, reliability = R, power = power, coverage = coverage,
             mean_estimate = beta * R, estimate_sd = sd_eps / sqrt(var_p * (nu - 2)))
}

cases <- expand.grid(model = c("growth", "lagged", "level"), n = c(20, 30, 60), beta = c(0, 15, 25),
                     R = c(1, 0.87), stringsAsFactors = FALSE)
# pt's noncentral algorithm warns that "full precision may not have been achieved" far in the tails; its error there
# is far below the Monte Carlo error the tests allow (0.01 and more), so the warnings are silenced.
out <- suppressWarnings(do.call(rbind, Map(exact, cases$model, cases$n, cases$beta, cases$R)))
num <- sapply(out, is.numeric)
out[num] <- lapply(out[num], signif, digits = 10)
write.csv(out, stdout(), row.names = FALSE, quote = FALSE)
