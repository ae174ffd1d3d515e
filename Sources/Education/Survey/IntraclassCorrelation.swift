/// How much of a measure's variance lies between schools, and how reliable school means are:
/// ICC(1) and ICC(2) from a one-way analysis of variance with schools as groups (Bliese 2000).
///
/// ICC(1) = (MSB - MSW) / (MSB + (k - 1) MSW) and ICC(2) = (MSB - MSW) / MSB. With unequal group sizes, k is the
/// adjusted mean group size n0 = (N - sum n_j^2 / N) / (J - 1) (Snedecor and Cochran; the expected-mean-square
/// coefficient of the between-group variance), which is what makes ICC(1) estimate the variance share. R's
/// `multilevel::ICC1` and `psych::statsBy` use the plain mean N / J instead; that value is kept as
/// `icc1WithMeanGroupSize` for comparison. ICC(2) does not depend on k.
public struct IntraclassCorrelation: Sendable, Equatable {
    /// Number of groups (schools) J.
    public var groupCount: Int
    /// Number of observations (respondents) N.
    public var observationCount: Int
    /// Between-group mean square, on J - 1 degrees of freedom.
    public var meanSquareBetween: Double
    /// Within-group mean square, on N - J degrees of freedom.
    public var meanSquareWithin: Double
    /// The adjusted mean group size n0.
    public var adjustedGroupSize: Double
    /// ICC(1): the share of variance between groups (the reliability of one respondent's score as the group's).
    public var icc1: Double
    /// ICC(1) with k = N / J, as `multilevel::ICC1` and `psych::statsBy` compute it.
    public var icc1WithMeanGroupSize: Double
    /// ICC(2): the reliability of the group means.
    public var icc2: Double

    /// The ICCs of `values` grouped by `groups` (same length); missing values are left out.
    ///
    /// Returns `nil` with fewer than two groups, no within-group degrees of freedom, or no between-group variation.
    public init?(values: [Double?], groups: [String]) {
        precondition(values.count == groups.count)
        var order: [String] = []
        var byGroup: [String: [Double]] = [:]
        for (value, group) in zip(values, groups) {
            guard let value else { continue }
            if byGroup[group] == nil { order.append(group) }
            byGroup[group, default: []].append(value)
        }
        self.init(groups: order.map { byGroup[$0]! })
    }

    /// The ICCs of observations already split into groups (each group non-empty).
    public init?(groups: [[Double]]) {
        let groups = groups.filter { !$0.isEmpty }
        let j = groups.count
        let n = groups.reduce(0) { $0 + $1.count }
        guard j >= 2, n > j else { return nil }
        let means = groups.map { $0.reduce(0, +) / Double($0.count) }
        let grandMean = groups.reduce(0) { $0 + $1.reduce(0, +) } / Double(n)
        var between = 0.0, within = 0.0
        for (group, mean) in zip(groups, means) {
            between += Double(group.count) * (mean - grandMean) * (mean - grandMean)
            for value in group { within += (value - mean) * (value - mean) }
        }
        let msb = between / Double(j - 1)
        let msw = within / Double(n - j)
        guard msb > 0 else { return nil }
        let sumOfSquaredSizes = groups.reduce(0.0) { $0 + Double($1.count * $1.count) }
        let n0 = (Double(n) - sumOfSquaredSizes / Double(n)) / Double(j - 1)
        let meanSize = Double(n) / Double(j)
        groupCount = j
        observationCount = n
        meanSquareBetween = msb
        meanSquareWithin = msw
        adjustedGroupSize = n0
        icc1 = (msb - msw) / (msb + (n0 - 1) * msw)
        icc1WithMeanGroupSize = (msb - msw) / (msb + (meanSize - 1) * msw)
        icc2 = (msb - msw) / msb
    }
}
