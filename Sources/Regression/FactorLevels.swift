import DataTable

/// Finds a factor's levels in the rows a model uses, and each row's level.
enum FactorCoding {
    /// The sorted distinct values of `column` over `rows`, and for each of those rows the index of its level.
    ///
    /// Text sorts by Unicode code point (R's C-locale `sort`: `E` < `H` < `M`, upper case before lower case);
    /// numbers sort numerically and are named as R's `as.character` prints them, so `factor(dnum)` gives levels
    /// `1`, `79`, `401` in that order. One dictionary look-up per row, then a relabelling pass by level rank.
    static func levels(of column: Column, rows: [Int]) -> (levels: [String], codes: [Int32]) {
        switch column {
        case .text(let values):
            let (distinct, firstCodes) = encounterOrder(rows.lazy.map { values[$0]! })
            let order = distinct.indices.sorted { distinct[$0].utf8.lexicographicallyPrecedes(distinct[$1].utf8) }
            return (order.map { distinct[$0] }, relabel(firstCodes, sortedOrder: order))
        case .numeric(let values):
            let (distinct, firstCodes) = encounterOrder(rows.lazy.map { values[$0]! })
            let order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
            let name = numberNamer(for: values)
            return (order.map { name(distinct[$0]) }, relabel(firstCodes, sortedOrder: order))
        }
    }

    /// The distinct values in order of first appearance, and each value's index among them.
    private static func encounterOrder<S: Sequence>(_ values: S) -> ([S.Element], [Int32]) where S.Element: Hashable {
        var index: [S.Element: Int32] = [:]
        var distinct: [S.Element] = []
        var codes: [Int32] = []
        codes.reserveCapacity(values.underestimatedCount)
        for value in values {
            if let code = index[value] {
                codes.append(code)
            } else {
                let code = Int32(distinct.count)
                index[value] = code
                distinct.append(value)
                codes.append(code)
            }
        }
        return (distinct, codes)
    }

    /// Codes by encounter order rewritten as codes by sorted rank.
    private static func relabel(_ codes: [Int32], sortedOrder: [Int]) -> [Int32] {
        var rank = [Int32](repeating: 0, count: sortedOrder.count)
        for (position, original) in sortedOrder.enumerated() { rank[original] = Int32(position) }
        return codes.map { rank[Int($0)] }
    }

    /// How R names the numbers of this column: plain digits when `read.csv` would make it an integer column,
    /// else `as.character` of a double (15 significant digits, `1e+05` style when shorter).
    static func numberNamer(for values: [Double?]) -> @Sendable (Double) -> String {
        RNumberFormat.readsAsInteger(values.lazy.compactMap { $0 }) ? RNumberFormat.integer : RNumberFormat.double
    }
}
