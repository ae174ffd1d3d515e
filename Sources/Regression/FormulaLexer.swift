/// Splits formula text into tokens, following R's rules for names and numbers.
///
/// Names are R's syntactic names (a letter, or a dot not followed by a digit, then letters, digits, dots and
/// underscores: `api.stu`, `sch.wide`, `pct_resp`) or anything in backquotes (`` `odd name` ``). Numbers are decimal with
/// an optional exponent (`2`, `0.5`, `.5`, `1e-3`).
struct FormulaLexer {
    private let text: String
    private let characters: [Character]
    private var index = 0

    /// Prepares to read `text`.
    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    /// All tokens of the text, ending with `.end`.
    static func tokens(_ text: String) throws -> [FormulaToken] {
        var lexer = FormulaLexer(text)
        var tokens: [FormulaToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func error(_ message: String, at position: Int, advice: String? = nil) -> FormulaError {
        FormulaError(formula: text, message, at: position, advice: advice)
    }

    private mutating func next() throws -> FormulaToken {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let start = index
        let position = start + 1
        guard index < characters.count else { return FormulaToken(kind: .end, text: "", position: position) }
        let c = characters[index]
        func token(_ kind: FormulaToken.Kind) -> FormulaToken {
            FormulaToken(kind: kind, text: String(characters[start..<index]), position: position)
        }

        if c.isNumber && c.isASCII || (c == "." && index + 1 < characters.count && characters[index + 1].isASCII
                                        && characters[index + 1].isNumber) {
            return try number(from: start)
        }
        if c.isLetter || c == "." {
            index += 1
            while index < characters.count, Self.continuesName(characters[index]) { index += 1 }
            let name = String(characters[start..<index])
            if name == "Inf" { return token(.number(.infinity)) }
            return token(.name(name, quoted: false))
        }
        switch c {
        case "`":
            index += 1
            while index < characters.count, characters[index] != "`" { index += 1 }
            guard index < characters.count else {
                throw error("the backquoted name is never closed", at: position, advice: "add the closing '`'")
            }
            let name = String(characters[(start + 1)..<index])
            index += 1
            guard !name.isEmpty else {
                throw error("empty backquoted name", at: position, advice: "write the column name between the backquotes")
            }
            return token(.name(name, quoted: true))
        case "*":
            index += 1
            if index < characters.count, characters[index] == "*" {
                index += 1
                return FormulaToken(kind: .symbol("^"), text: "**", position: position)
            }
            return token(.symbol("*"))
        case "~", "+", "-", "/", ":", "^":
            index += 1
            return token(.symbol(String(c)))
        case "%":
            index += 1
            while index < characters.count, characters[index] != "%" { index += 1 }
            guard index < characters.count else {
                throw error("the operator starting with '%' is never closed", at: position,
                            advice: "the only %-operator formulas use is %in%")
            }
            index += 1
            return token(.symbol(String(characters[start..<index])))
        case "(":
            index += 1
            return token(.open)
        case ")":
            index += 1
            return token(.close)
        case ",":
            index += 1
            return token(.comma)
        case "\"", "'":
            index += 1
            while index < characters.count, characters[index] != c { index += 1 }
            if index < characters.count { index += 1 }
            return token(.string)
        default:
            throw error("unexpected character '\(c)'", at: position,
                        advice: "write a column name with unusual characters in backquotes, e.g. `odd name`")
        }
    }

    /// Whether `c` may continue a syntactic R name.
    static func continuesName(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "." || c == "_"
    }

    private mutating func number(from start: Int) throws -> FormulaToken {
        func digits() { while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 } }
        digits()
        if index < characters.count, characters[index] == "." {
            index += 1
            digits()
        }
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            let mark = index
            index += 1
            if index < characters.count, characters[index] == "+" || characters[index] == "-" { index += 1 }
            let exponentStart = index
            digits()
            if index == exponentStart { index = mark }
        }
        let written = String(characters[start..<index])
        if index < characters.count, Self.continuesName(characters[index]) {
            throw error("'\(written)\(characters[index])' is neither a number nor a name", at: start + 1,
                        advice: "a column name must start with a letter; write other names in backquotes")
        }
        guard let value = Double(written), value.isFinite else {
            throw error("cannot read the number '\(written)'", at: start + 1)
        }
        return FormulaToken(kind: .number(value), text: written, position: start + 1)
    }
}
