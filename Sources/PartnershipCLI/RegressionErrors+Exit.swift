import Regression

extension ClusterRobustCovarianceError: ClassifiedError {
    /// Too few clusters, mismatched lengths or unusable weights: the data cannot give clustered errors (65).
    public var exitStatus: ExitStatus { .badData }
}
