import Foundation

/// N, mean, standard deviation, minimum and maximum of one variable, ignoring missing values.
public struct DescriptiveStatistics: Sendable, Equatable {
    /// Non-missing values.
    public var count: Int
    /// Missing values.
    public var missing: Int
    /// Arithmetic mean.
    public var mean: Double
    /// Sample standard deviation (n − 1 denominator, as R's `sd`).
    public var standardDeviation: Double
    /// Smallest value.
    public var minimum: Double
    /// Largest value.
    public var maximum: Double

    /// Summarizes `values`; statistics of an empty set are NaN.
    public init(_ values: [Double?]) {
        let present = values.compactMap { $0 }
        count = present.count
        missing = values.count - present.count
        guard !present.isEmpty else {
            mean = .nan; standardDeviation = .nan; minimum = .nan; maximum = .nan
            return
        }
        // Two-pass mean and sum of squares: the textbook one-pass formula loses digits when the mean is large (API ~ 800).
        let m = present.reduce(0, +) / Double(present.count)
        let ss = present.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        mean = m
        standardDeviation = present.count > 1 ? (ss / Double(present.count - 1)).squareRoot() : .nan
        minimum = present.min()!
        maximum = present.max()!
    }
}

/// Pearson correlation of two variables over the rows where both are present (R's `use = "pairwise.complete.obs"`).
public func pairwiseCorrelation(_ x: [Double?], _ y: [Double?]) -> (r: Double, count: Int) {
    precondition(x.count == y.count, "variables must have the same length")
    var xs: [Double] = [], ys: [Double] = []
    for i in x.indices { if let a = x[i], let b = y[i] { xs.append(a); ys.append(b) } }
    guard xs.count > 1 else { return (.nan, xs.count) }
    let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for i in xs.indices {
        let dx = xs[i] - mx, dy = ys[i] - my
        sxy += dx * dy; sxx += dx * dx; syy += dy * dy
    }
    return (sxy / (sxx * syy).squareRoot(), xs.count)
}

/// A table of descriptive statistics, one row per variable.
public struct DescriptiveTable: Sendable {
    /// (label, values) per variable, in display order.
    public var variables: [(label: String, values: [Double?])]
    /// Decimals for mean, SD, min and max.
    public var decimals: Int
    /// Decimals for particular variables (by label), e.g. 2 for a 1-5 survey scale next to API scores.
    public var decimalsByLabel: [String: Int]

    /// Creates a descriptive table.
    public init(variables: [(label: String, values: [Double?])], decimals: Int = 1, decimalsByLabel: [String: Int] = [:]) {
        self.variables = variables
        self.decimals = decimals
        self.decimalsByLabel = decimalsByLabel
    }

    /// The table as Markdown.
    public func render() -> String {
        var table = MarkdownTable(headers: ["Variable", "N", "Mean", "SD", "Min", "Max"])
        for variable in variables {
            let s = DescriptiveStatistics(variable.values)
            let decimals = decimalsByLabel[variable.label] ?? self.decimals
            table.append([variable.label, String(s.count), NumberFormatting.fixed(s.mean, decimals: decimals),
                          NumberFormatting.fixed(s.standardDeviation, decimals: decimals),
                          NumberFormatting.fixed(s.minimum, decimals: decimals),
                          NumberFormatting.fixed(s.maximum, decimals: decimals)])
        }
        return table.render()
    }
}

/// A lower-triangular correlation table (pairwise complete observations), with the N behind each pair noted when
/// the pairs do not all use the same rows.
public struct CorrelationTable: Sendable {
    /// (label, values) per variable, in display order.
    public var variables: [(label: String, values: [Double?])]

    /// Creates a correlation table.
    public init(variables: [(label: String, values: [Double?])]) {
        self.variables = variables
    }

    /// The table as Markdown, followed by a note on the N.
    public func render() -> String {
        let labels = variables.map(\.label)
        var table = MarkdownTable(headers: ["Variable"] + labels.indices.map { "(\($0 + 1))" })
        var counts = Set<Int>()
        for (i, a) in variables.enumerated() {
            var row = ["(\(i + 1)) " + a.label]
            for (j, b) in variables.enumerated() {
                if j < i {
                    let (r, n) = pairwiseCorrelation(a.values, b.values)
                    counts.insert(n)
                    row.append(NumberFormatting.fixed(r, decimals: 2))
                } else if j == i {
                    row.append("1")
                } else {
                    row.append("")
                }
            }
            table.append(row)
        }
        let note: String
        if counts.count <= 1 {
            note = "Pearson correlations over the \(counts.first ?? 0) schools with every value present."
        } else {
            note = "Pearson correlations over the schools with both values present (N from \(counts.min()!) to \(counts.max()!))."
        }
        return table.render() + "\n" + note + "\n"
    }
}
