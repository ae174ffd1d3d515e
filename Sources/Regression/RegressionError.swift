import DataTable

/// The name Regression uses for `PartnershipError`, the library's one error type.
public typealias RegressionError = PartnershipError
