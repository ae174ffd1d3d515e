import Foundation

/// Number formats of the plain-text summaries (`description` of fits and tables), in the style of R's `print`.
enum SummaryNumber {
    /// `x` with `digits` significant digits, trailing zeros dropped, scientific only for very large or small values.
    static func significant(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "NA" : (x < 0 ? "-Inf" : "Inf") }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e15 || magnitude < 1e-5 { return String(format: "%.\(max(digits - 1, 0))e", x) }
        let decimals = max(0, digits - 1 - Int(floor(log10(magnitude))))
        var text = String(format: "%.\(decimals)f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A p-value as R prints it: `< 2e-16` below that, else 3 significant digits.
    static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "NA" }
        return p < 2e-16 ? "< 2e-16" : significant(p, 3)
    }

    /// Right-aligns every column of `rows` (the first left-aligned when `labelled`) with two spaces between columns.
    static func aligned(_ rows: [[String]], labelled: Bool = true) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { j in rows.map { j < $0.count ? $0[j].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { j, cell in
                let pad = String(repeating: " ", count: widths[j] - cell.count)
                return j == 0 && labelled ? cell + pad : pad + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
