/// Parses formula text into a response and a right-hand side, with R's operator precedence.
///
/// Precedence, tightest first, as in R's `?Syntax`: `^` (right to left), unary `-` `+`, `:`, `%in%`, `*` `/`, binary
/// `+` `-`, then `~`. So `-a^2` is `-(a^2)` and `a + b:c^2` is `a + (b:(c^2))`. Written as a Pratt parser: each
/// operator has a binding power, and an operand keeps absorbing operators that bind tighter than the one before it.
struct FormulaParser {
    /// The two sides of a formula.
    struct Sides {
        /// The left-hand side, the response.
        var response: FormulaSyntax
        /// The right-hand side, the terms.
        var terms: FormulaSyntax
        /// Position of the `~`.
        var tildePosition: Int
    }

    private let text: String
    private let tokens: [FormulaToken]
    private var index = 0
    /// How many function calls we are inside: there, operands are values, not terms (only for messages).
    private var callDepth = 0

    private init(text: String, tokens: [FormulaToken]) {
        self.text = text
        self.tokens = tokens
    }

    /// Parses `response ~ terms`.
    static func parse(_ text: String) throws -> Sides {
        let tokens = try FormulaLexer.tokens(text)
        var parser = FormulaParser(text: text, tokens: tokens)
        return try parser.formula()
    }

    private func error(_ message: String, at position: Int?, advice: String? = nil) -> FormulaError {
        FormulaError(formula: text, message, at: position, advice: advice)
    }

    private var current: FormulaToken { tokens[index] }

    private mutating func advance() -> FormulaToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func formula() throws -> Sides {
        if current.kind == .end {
            throw error("the formula is empty", at: nil,
                        advice: "write it as 'response ~ terms', e.g. 'api00 ~ meals + ell'")
        }
        if !tokens.contains(where: { $0.kind == .symbol("~") }) {
            throw error("a formula needs a '~' between the response and the terms", at: nil,
                        advice: "write it as 'response ~ terms', e.g. 'api00 ~ meals'")
        }
        if current.kind == .symbol("~") {
            throw error("a response is required before '~'", at: current.position,
                        advice: "write the formula as 'response ~ terms', e.g. 'api00 ~ meals'")
        }
        let response = try expression(after: nil, bindingPower: 0)
        guard current.kind == .symbol("~") else { throw unexpected(current) }
        let tilde = advance()
        let terms = try expression(after: tilde, bindingPower: 0)
        switch current.kind {
        case .end:
            return Sides(response: response, terms: terms, tildePosition: tilde.position)
        case .symbol("~"):
            throw error("a formula has only one '~'", at: current.position,
                        advice: "write one response on the left and the terms on the right")
        default:
            throw unexpected(current)
        }
    }

    /// The error for a token that cannot come where it is.
    private func unexpected(_ token: FormulaToken) -> FormulaError {
        switch token.kind {
        case .close:
            return error("unexpected ')'", at: token.position, advice: "remove it or add the matching '('")
        case .comma:
            return error("unexpected ','", at: token.position, advice: "separate terms with '+'")
        case .string:
            return error("quoted text is not allowed in a formula", at: token.position,
                         advice: "write a column name with unusual characters in backquotes, e.g. `odd name`")
        case .name, .number, .open:
            return error("unexpected '\(token.text)'", at: token.position,
                         advice: "join terms with an operator such as '+', and write a name containing spaces in "
                            + "backquotes, e.g. `odd name`")
        case .symbol(let symbol):
            return error("unexpected '\(symbol)'", at: token.position, advice: "check the operators around it")
        case .end:
            return error("the formula ends too early", at: token.position)
        }
    }

    /// How tightly a binary operator binds its left operand (0: not a binary operator).
    private static func bindingPower(_ kind: FormulaToken.Kind) -> Int {
        guard case .symbol(let symbol) = kind else { return 0 }
        switch symbol {
        case "+", "-": return 10
        case "*", "/": return 20
        case ":": return 40
        case "^": return 60
        case "~": return 0
        default: return symbol.hasPrefix("%") ? 30 : 0
        }
    }

    /// Binding power of the operand of a unary `-`/`+`: only `^` binds tighter.
    private static let unaryOperandPower = 50

    /// An expression whose operators all bind tighter than `bindingPower`; `previous` is the operator before it.
    private mutating func expression(after previous: FormulaToken?, bindingPower: Int) throws -> FormulaSyntax {
        var left = try operand(after: previous)
        while true {
            let power = Self.bindingPower(current.kind)
            guard power > bindingPower, case .symbol(let symbol) = current.kind else { return left }
            let operatorToken = advance()
            // `^` groups right to left: its right operand may itself hold a `^`.
            let rightPower = symbol == "^" ? power - 1 : power
            let right = try expression(after: operatorToken, bindingPower: rightPower)
            left = .binary(symbol, left, right, position: operatorToken.position)
        }
    }

    /// A name, number, call, parenthesized expression or unary operation.
    private mutating func operand(after previous: FormulaToken?) throws -> FormulaSyntax {
        let token = current
        switch token.kind {
        case .name(let name, let quoted):
            _ = advance()
            if !quoted && current.kind == .open { return try call(name, at: token.position) }
            if !quoted && name == "." { return .dot(position: token.position) }
            return .name(name, position: token.position)
        case .number(let value):
            _ = advance()
            return .number(value, text: token.text, position: token.position)
        case .symbol("-"), .symbol("+"):
            _ = advance()
            let operand = try expression(after: token, bindingPower: Self.unaryOperandPower)
            return .unary(token.text, operand, position: token.position)
        case .open:
            _ = advance()
            let inner = try expression(after: token, bindingPower: 0)
            guard current.kind == .close else { throw unclosed(token) }
            _ = advance()
            return .parentheses(inner, position: token.position)
        default:
            throw missingOperand(after: previous, found: token)
        }
    }

    private func unclosed(_ open: FormulaToken) -> FormulaError {
        if current.kind == .end {
            return error("'(' is never closed", at: open.position, advice: "add the matching ')'")
        }
        return unexpected(current)
    }

    private func missingOperand(after previous: FormulaToken?, found token: FormulaToken) -> FormulaError {
        let what = callDepth > 0 ? "a value" : "a term"
        guard let previous else {
            if token.kind == .end { return error("expected \(what)", at: token.position) }
            return unexpected(token)
        }
        if token.kind == .string { return unexpected(token) }
        let advice: String
        switch previous.kind {
        case .symbol("~"):
            advice = "write the terms after '~', or 1 for a model with only an intercept"
        case .open:
            advice = "put \(what) inside the parentheses"
        case .comma:
            advice = "give the argument after ',' or remove the ','"
        default:
            advice = "add \(what) after it or remove the '\(previous.text)'"
        }
        return error("expected \(what) after '\(previous.text)'", at: previous.position, advice: advice)
    }

    /// `name(arguments)`; the name has been read and the current token is `(`.
    private mutating func call(_ name: String, at position: Int) throws -> FormulaSyntax {
        let open = advance()
        callDepth += 1
        defer { callDepth -= 1 }
        var arguments: [FormulaSyntax] = []
        if current.kind == .close {
            _ = advance()
            return .call(name, arguments, position: position)
        }
        var separator = open
        while true {
            arguments.append(try expression(after: separator, bindingPower: 0))
            switch current.kind {
            case .comma:
                separator = advance()
            case .close:
                _ = advance()
                return .call(name, arguments, position: position)
            default:
                throw unclosed(open)
            }
        }
    }
}
