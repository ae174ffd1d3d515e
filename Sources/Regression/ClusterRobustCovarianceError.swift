/// Why a clustered covariance cannot be computed, in one line (what is wrong, and what to do).
public enum ClusterRobustCovarianceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The cluster identifiers are not one per row of the model matrix.
    case clusterCountMismatch(identifiers: Int, rows: Int)
    /// Clustering needs at least two clusters; `label` is the one cluster there is (if any).
    case tooFewClusters(count: Int, label: String?)
    /// A CR2 case weight is zero, negative or not finite (`row` is 0-based among the rows passed in).
    case nonPositiveWeight(row: Int, value: Double)
    /// The residuals, bread, weights and model matrix disagree in shape (a defect of the caller, not of the data).
    case inconsistentFit(String)

    /// The one-line message.
    public var description: String {
        switch self {
        case let .clusterCountMismatch(identifiers, rows):
            return "there are \(identifiers) cluster identifiers for \(rows) rows; give one cluster identifier per row used in the fit"
        case let .tooFewClusters(count, label):
            let found = count == 1 ? "only one cluster" + (label.map { " ('\($0)')" } ?? "") : "no clusters"
            return "clustered standard errors need at least 2 clusters, but the rows used have \(found); cluster on a column with more groups or use HC standard errors"
        case let .nonPositiveWeight(row, value):
            return "weight \(value) in row \(row + 1) of the fit is not positive; CR2 needs positive weights, so drop rows of weight zero before computing it"
        case let .inconsistentFit(what):
            return "the fit handed to the clustered covariance is inconsistent: \(what)"
        }
    }
}
