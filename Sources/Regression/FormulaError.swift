/// A model formula that cannot be used: it does not parse, or names a column the data do not have.
///
/// A usage error (the command line exits with 64): the analyst fixes the formula, not the data. Its description is one
/// line that quotes the formula and points at the character where the problem is, then says what to do:
/// `formula "api12 ~ meals +": expected a term after '+' at column 15; add a term after it or remove the '+'`.
public struct FormulaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The formula as written, or `nil` when the problem is an option beside it (a weights or cluster column).
    public var formula: String?
    /// What is wrong.
    public var message: String
    /// The 1-based character position in the formula the message points at, if any.
    public var position: Int?
    /// What to do about it.
    public var advice: String?

    /// Creates a formula error.
    public init(formula: String?, _ message: String, at position: Int? = nil, advice: String? = nil) {
        self.formula = formula
        self.message = message
        self.position = position
        self.advice = advice
    }

    /// `formula "TEXT": what is wrong at column N; what to do`, leaving out the parts that do not apply.
    public var description: String {
        var line = ""
        if let formula { line += "formula \"\(formula)\": " }
        line += message
        if let position { line += " at column \(position)" }
        if let advice { line += "; " + advice }
        return line
    }
}
