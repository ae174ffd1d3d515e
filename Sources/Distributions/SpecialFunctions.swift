/// Special functions behind the distributions: log-gamma, log-beta, the regularized incomplete beta and gamma
/// functions and their inverses.
///
/// Written here rather than taken from the C library because the distributions need what libm does not promise:
/// both tails computed directly (never as 1 − something), prefactors that stay exact for parameters near 10⁶, and the
/// same results on every platform.
///
/// Accuracy, measured against 80-digit mpmath values (Tests/Fixtures/distributions): incomplete beta and gamma tails
/// and their inverses within 1e-14 relative for values in [1e-10, 1 − 1e-10]; below that the exponential of an
/// argument of size L = |ln p| carries about L ulps, 1e-13 at p ≈ 1e-280. log Γ within 3e-16 relative; log B within
/// 2e-14 relative, or 1e-15 absolute where |log B| < 1.
public enum SpecialFunctions {}
