import Foundation

/// Cronbach's alpha of a set of items, with what an analyst needs to judge each item.
///
/// Computed as R's `psych::alpha` does on complete data: raw alpha from the item covariance matrix, standardized
/// alpha from the correlation matrix, item-rest correlations (`r.drop`: each item against the sum of the others)
/// and alpha if the item is dropped, plus Feldt's confidence interval (`psych::alpha.ci`).
public struct CronbachAlpha: Sendable, Equatable {
    /// Number of items.
    public var itemCount: Int
    /// Number of cases (respondents) used: all complete.
    public var caseCount: Int
    /// Raw alpha: k/(k-1) (1 - sum of item variances / variance of the total).
    public var rawAlpha: Double
    /// Standardized alpha: k r/(1 + (k-1) r) with r the mean inter-item correlation; `nil` if an item has no variance.
    public var standardizedAlpha: Double?
    /// The mean inter-item correlation; `nil` if an item has no variance.
    public var averageCorrelation: Double?
    /// Each item's correlation with the sum of the other items (`r.drop`); `nil` where a variance is zero.
    public var itemRestCorrelations: [Double?]
    /// Raw alpha of the other items when each item is dropped; `nil` when fewer than two items would remain.
    public var alphaIfDeleted: [Double?]
    /// Standardized alpha of the other items when each item is dropped.
    public var standardizedAlphaIfDeleted: [Double?]
    /// Feldt's interval around the raw alpha.
    public var confidenceInterval: FeldtInterval

    /// Alpha of complete cases: `cases[i][j]` is case i's (already reverse-coded) answer to item j.
    ///
    /// Returns `nil` with fewer than two items or two cases, or when the total has no variance (alpha undefined).
    public init?(cases: [[Double]], confidenceLevel: Double = 0.95) {
        let k = cases.first?.count ?? 0
        let n = cases.count
        guard k >= 2, n >= 2, cases.allSatisfy({ $0.count == k }) else { return nil }
        let covariance = CronbachAlpha.covarianceMatrix(cases, itemCount: k)
        guard let raw = CronbachAlpha.rawAlpha(covariance, items: Array(0..<k)) else { return nil }
        itemCount = k
        caseCount = n
        rawAlpha = raw
        let correlation = CronbachAlpha.correlationMatrix(covariance)
        averageCorrelation = correlation.flatMap { CronbachAlpha.averageCorrelation($0, items: Array(0..<k)) }
        standardizedAlpha = averageCorrelation.map { CronbachAlpha.standardized(averageCorrelation: $0, items: k) }
        let total = covariance.reduce(0) { $0 + $1.reduce(0, +) }
        itemRestCorrelations = (0..<k).map { i in
            let rowSum = covariance[i].reduce(0, +)
            let restVariance = total - 2 * rowSum + covariance[i][i]
            let product = covariance[i][i] * restVariance
            return product > 0 ? (rowSum - covariance[i][i]) / product.squareRoot() : nil
        }
        alphaIfDeleted = (0..<k).map { i in
            k > 2 ? CronbachAlpha.rawAlpha(covariance, items: (0..<k).filter { $0 != i }) : nil
        }
        standardizedAlphaIfDeleted = (0..<k).map { i in
            guard k > 2, let correlation else { return nil }
            let rest = (0..<k).filter { $0 != i }
            return CronbachAlpha.standardized(averageCorrelation: CronbachAlpha.averageCorrelation(correlation, items: rest),
                                              items: k - 1)
        }
        confidenceInterval = FeldtInterval(alpha: raw, cases: n, items: k, level: confidenceLevel)
    }

    /// Sample covariances (n - 1 denominator), centering each item first for accuracy.
    static func covarianceMatrix(_ cases: [[Double]], itemCount k: Int) -> [[Double]] {
        let n = Double(cases.count)
        var means = [Double](repeating: 0, count: k)
        for row in cases { for j in 0..<k { means[j] += row[j] } }
        for j in 0..<k { means[j] /= n }
        var covariance = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for row in cases {
            for i in 0..<k {
                let di = row[i] - means[i]
                for j in i..<k { covariance[i][j] += di * (row[j] - means[j]) }
            }
        }
        for i in 0..<k {
            for j in i..<k {
                covariance[i][j] /= n - 1
                covariance[j][i] = covariance[i][j]
            }
        }
        return covariance
    }

    /// Correlations from covariances; `nil` when an item has no variance.
    static func correlationMatrix(_ covariance: [[Double]]) -> [[Double]]? {
        let sd = covariance.indices.map { covariance[$0][$0].squareRoot() }
        guard sd.allSatisfy({ $0 > 0 }) else { return nil }
        return covariance.indices.map { i in covariance.indices.map { j in covariance[i][j] / (sd[i] * sd[j]) } }
    }

    /// Raw alpha of the items at `items`: k/(k-1) (1 - trace/sum), as psych's `alpha.1`.
    static func rawAlpha(_ covariance: [[Double]], items: [Int]) -> Double? {
        var trace = 0.0, total = 0.0
        for i in items {
            trace += covariance[i][i]
            for j in items { total += covariance[i][j] }
        }
        guard total > 0 else { return nil }
        let k = Double(items.count)
        return (1 - trace / total) * (k / (k - 1))
    }

    /// Mean of the off-diagonal correlations among `items`.
    static func averageCorrelation(_ correlation: [[Double]], items: [Int]) -> Double {
        var sum = 0.0
        for i in items { for j in items where j != i { sum += correlation[i][j] } }
        let k = Double(items.count)
        return sum / (k * (k - 1))
    }

    /// Standardized alpha from the mean correlation (the Spearman-Brown form).
    static func standardized(averageCorrelation r: Double, items: Int) -> Double {
        let k = Double(items)
        return k * r / (1 + (k - 1) * r)
    }
}

/// Feldt's confidence interval for Cronbach's alpha.
///
/// (1 - alpha_hat)/(1 - alpha) follows F(n - 1, (n - 1)(k - 1)) (Feldt 1965; Feldt, Woodruff and Salih 1987), so
/// lower = 1 - (1 - alpha_hat) F(1 - g/2) and upper = 1 - (1 - alpha_hat) F(g/2), g = 1 - level:
/// the interval of `psych::alpha.ci` and `cocron`.
public struct FeldtInterval: Sendable, Equatable {
    /// The confidence level (0.95 for a 95% interval).
    public var level: Double
    /// Lower bound.
    public var lower: Double
    /// Upper bound.
    public var upper: Double

    /// The interval around `alpha` from `cases` complete cases of `items` items; both bounds are NaN unless
    /// 0 < level < 1, cases >= 2 and items >= 2.
    public init(alpha: Double, cases: Int, items: Int, level: Double = 0.95) {
        self.level = level
        guard level > 0, level < 1, cases >= 2, items >= 2, alpha.isFinite else {
            lower = .nan
            upper = .nan
            return
        }
        let df1 = Double(cases - 1), df2 = Double((cases - 1) * (items - 1))
        let tail = (1 - level) / 2
        self.lower = 1 - (1 - alpha) * ReliabilityFQuantile.quantile(1 - tail, df1: df1, df2: df2)
        self.upper = 1 - (1 - alpha) * ReliabilityFQuantile.quantile(tail, df1: df1, df2: df2)
    }
}
