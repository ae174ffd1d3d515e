import Regression

extension FormulaError: ClassifiedError {
    /// A formula that does not parse, or names a column the data do not have, is a usage error (64).
    public var exitStatus: ExitStatus { .usage }
}

extension RegressionError: ClassifiedError {
    /// 64 for a malformed request (unknown covariance name, bad level), 65 when the data cannot support the model.
    public var exitStatus: ExitStatus { kind == .usage ? .usage : .badData }
}

extension ClusterRobustCovarianceError: ClassifiedError {
    /// Too few clusters, mismatched lengths or unusable weights: the data cannot give clustered errors (65).
    public var exitStatus: ExitStatus { .badData }
}
