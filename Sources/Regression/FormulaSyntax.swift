/// A formula as written, before it means anything: R's parse tree of the text, with positions for error messages.
///
/// The same tree serves both readings of an operator: between terms `a*b` crosses two terms, inside `I()` it
/// multiplies two numbers (R parses both the same way and lets `terms()` decide), so the parser never has to know
/// which reading applies.
indirect enum FormulaSyntax: Sendable, Equatable {
    /// A column name (written plainly or in backquotes).
    case name(String, position: Int)
    /// A number constant; `text` is how it was written.
    case number(Double, text: String, position: Int)
    /// Unary `-` or `+`.
    case unary(String, FormulaSyntax, position: Int)
    /// A binary operator: `+ - * / : ^ %in%`; `position` is the operator's.
    case binary(String, FormulaSyntax, FormulaSyntax, position: Int)
    /// An expression in parentheses; `position` is the `(`'s.
    case parentheses(FormulaSyntax, position: Int)
    /// A function call `f(a, b)`; `position` is the function name's.
    case call(String, [FormulaSyntax], position: Int)
    /// `.`: all other columns (R's shorthand, not supported here).
    case dot(position: Int)

    /// The 1-based character position of the construct, for error messages.
    var position: Int {
        switch self {
        case .name(_, let position), .number(_, _, let position), .unary(_, _, let position),
             .binary(_, _, _, let position), .parentheses(_, let position), .call(_, _, let position),
             .dot(let position):
            return position
        }
    }

    /// Where the construct starts (a binary operator's `position` is the operator, not its left operand).
    var start: Int {
        switch self {
        case .binary(_, let left, _, _): return left.start
        default: return position
        }
    }
}

/// One lexical unit of a formula.
struct FormulaToken: Sendable, Equatable {
    /// What sort of token.
    enum Kind: Sendable, Equatable {
        /// A name; `quoted` when written in backquotes.
        case name(String, quoted: Bool)
        /// A number constant.
        case number(Double)
        /// An operator: `~ + - * / : ^` or `%...%` (`**` is read as `^`, as R does).
        case symbol(String)
        /// `(`
        case open
        /// `)`
        case close
        /// `,`
        case comma
        /// A quoted string, which formulas cannot use.
        case string
        /// The end of the text.
        case end
    }

    /// What sort of token.
    var kind: Kind
    /// The text as written.
    var text: String
    /// 1-based character position of its first character.
    var position: Int
}
