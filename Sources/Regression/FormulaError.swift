import DataTable

/// The name formulas use for `PartnershipError`, the library's one error type.
public typealias FormulaError = PartnershipError

extension PartnershipError {
    /// A model formula that cannot be used: it does not parse, or names a column the data do not have.
    ///
    /// A usage error (the command line exits with 64): the analyst fixes the formula, not the data. The message quotes
    /// the formula and points at the character where the problem is, then says what to do:
    /// `formula "api12 ~ meals +": expected a term after '+' at column 15; add a term after it or remove the '+'`.
    ///
    /// - Parameters:
    ///   - formula: the formula as written, or `nil` when the problem is an option beside it (a weights column).
    ///   - message: what is wrong.
    ///   - position: the 1-based character position in the formula the message points at, if any.
    ///   - advice: what to do about it.
    public init(formula: String?, _ message: String, at position: Int? = nil, advice: String? = nil) {
        var line = ""
        if let formula { line += "formula \"\(formula)\": " }
        line += message
        if let position { line += " at column \(position)" }
        if let advice { line += "; " + advice }
        self.init(line, kind: .usage)
    }
}
