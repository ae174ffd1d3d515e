import Foundation

/// How numbers are printed in reports: fixed decimals for people, round-trip precision for machines.
public enum NumberFormatting {
    /// `value` with `decimals` digits after the point, a real minus sign avoided (ASCII `-`) and `-0.00` shown as `0.00`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NA" : (value > 0 ? "Inf" : "-Inf") }
        let text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }

    /// `value` to `digits` significant digits in plain notation between 0.001 and 10⁷, scientific outside
    /// (`829.4`, `-3.455`, `0.1968`, `2.626e-144`).
    public static func significant(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "NA" : (value > 0 ? "Inf" : "-Inf") }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            let exponent = Int(log10(magnitude).rounded(.down))
            return fixed(value, decimals: max(0, digits - 1 - exponent))
        }
        return String(format: "%.\(max(0, digits - 1))e", value)
    }

    /// A p-value as journals print it: `< 0.001` below 0.001, else three decimals.
    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "NA" }
        if p < 0.001 { return "< 0.001" }
        return fixed(p, decimals: 3)
    }

    /// A p-value with enough significant digits to be exact in tables for analysts (e.g. `2.63e-144`).
    public static func pValueScientific(_ p: Double) -> String {
        guard p.isFinite else { return "NA" }
        if p >= 0.001 { return fixed(p, decimals: 4) }
        return String(format: "%.2e", p)
    }

    /// Shortest text that reads back as exactly the same `Double` (for JSON and CSV).
    public static func roundTrip(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Significance stars for a p-value, with the conventional cut-offs 0.001, 0.01, 0.05.
    public static func stars(_ p: Double) -> String {
        guard p.isFinite else { return "" }
        if p < 0.001 { return "***" }
        if p < 0.01 { return "**" }
        if p < 0.05 { return "*" }
        return ""
    }

    /// The stars legend as a sentence that renders as text, never as a list (the asterisks are escaped).
    public static let starsLegend = "Significance: \\*\\*\\* p < 0.001, \\*\\* p < 0.01, \\* p < 0.05."
}
