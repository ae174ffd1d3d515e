# Reference values for Tests/LinearAlgebraTests (LeastSquaresTests, SandwichCovarianceTests).
# Run: Rscript Tests/Fixtures/scripts/linear_algebra_reference.R   (made with R 4.2.2, sandwich 3.x)
library(sandwich)
options(digits = 17)
x1 <- c(1.5, 2.0, 3.1, 4.2, 4.9, 6.3, 7.0, 8.4, 9.1, 10.6)
x2 <- c(0, 1, 0, 1, 1, 0, 1, 0, 0, 1)
y  <- c(2.9, 5.2, 5.8, 9.1, 9.4, 11.2, 13.9, 15.1, 16.2, 20.9)
w  <- c(1, 2, 0.5, 1, 3, 1.5, 1, 2, 1, 0.25)
w0 <- c(1, 2, 0.5, 1, 3, 1.5, 1, 2, 1, 0)

cat("== OLS\n")
fit <- lm(y ~ x1 + x2)
print(coef(fit)); print(residuals(fit)); print(hatvalues(fit))
print(summary(fit)$cov.unscaled); print(vcovHC(fit, type = "HC3")); print(vcovHC(fit, type = "HC0"))

cat("== WLS, positive weights\n")
wfit <- lm(y ~ x1 + x2, weights = w)
print(coef(wfit)); print(residuals(wfit)); print(hatvalues(wfit))
print(summary(wfit)$cov.unscaled); print(vcovHC(wfit, type = "HC3"))

cat("== WLS, last weight zero (coefficients and residuals only)\n")
w0fit <- lm(y ~ x1 + x2, weights = w0)
print(coef(w0fit)); print(residuals(w0fit))

cat("== aliased z = x1 + x2\n")
z <- x1 + x2
print(coef(lm(y ~ x1 + x2 + z)))
print(coef(lm(y ~ x1 + z + x2)))
