import Foundation

/// Which estimator gives the coefficients' covariance, and through it every standard error, p-value and interval.
///
/// Parsed from the command line's `--vcov` strings: `classical`, `HC0`...`HC3`, `CR1:COL`, `CR2:COL`.
public enum CovarianceType: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// σ²(XᵀWX)⁻¹, valid under homoskedastic errors.
    case classical
    /// White's estimator without small-sample correction (`sandwich::vcovHC(type = "HC0")`).
    case hc0
    /// HC0 times n/(n − k) (`type = "HC1"`, Stata's `robust`).
    case hc1
    /// Squared residuals divided by 1 − hᵢ (`type = "HC2"`).
    case hc2
    /// Squared residuals divided by (1 − hᵢ)² (`type = "HC3"`, the jackknife approximation).
    case hc3
    /// Cluster-robust, clustered on the named column.
    case clustered(column: String, adjustment: ClusterAdjustment)

    /// Parses `classical`, `HC0`, `HC1`, `HC2`, `HC3`, `CR1:COL` or `CR2:COL` (estimator names in any letter case).
    ///
    /// - Throws: `RegressionError` (kind `.usage`) naming the accepted forms.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let colon = trimmed.firstIndex(of: ":") {
            let name = trimmed[..<colon].uppercased()
            let column = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard let adjustment = ClusterAdjustment(rawValue: name) else {
                throw Self.unknown(text)
            }
            guard !column.isEmpty else {
                throw RegressionError("covariance '\(text)' names no cluster column; write \(name):COLUMN, e.g. \(name):dnum",
                                      kind: .usage)
            }
            self = .clustered(column: column, adjustment: adjustment)
            return
        }
        switch trimmed.lowercased() {
        case "classical": self = .classical
        case "hc0": self = .hc0
        case "hc1": self = .hc1
        case "hc2": self = .hc2
        case "hc3": self = .hc3
        case "cr1", "cr2":
            throw RegressionError("covariance '\(text)' needs a cluster column; write \(trimmed.uppercased()):COLUMN, e.g. \(trimmed.uppercased()):dnum",
                                  kind: .usage)
        default: throw Self.unknown(text)
        }
    }

    private static func unknown(_ text: String) -> RegressionError {
        RegressionError("unknown covariance '\(text)'; use one of classical, HC0, HC1, HC2, HC3, CR1:COLUMN, CR2:COLUMN",
                        kind: .usage)
    }

    /// The command-line spelling: `classical`, `HC3`, `CR1:dnum`.
    public var description: String {
        switch self {
        case .classical: return "classical"
        case .hc0: return "HC0"
        case .hc1: return "HC1"
        case .hc2: return "HC2"
        case .hc3: return "HC3"
        case .clustered(let column, let adjustment): return "\(adjustment.rawValue):\(column)"
        }
    }
}
