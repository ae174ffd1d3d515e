/// Special functions behind the distributions: log-gamma, log-beta, the regularized incomplete beta and gamma
/// functions and their inverses.
///
/// Written here rather than taken from the C library because the distributions need what libm does not promise:
/// both tails computed directly (never as 1 − something), prefactors that stay exact for parameters near 10⁶, and the
/// same results on every platform.
public enum SpecialFunctions {}
