/// Turns a parsed formula into variables and terms by R's rules (`terms.formula`, R's `model.c`).
///
/// The algebra is R's, step for step, so that every formula means what it means in R:
/// - variables are numbered in order of first appearance, the response first;
/// - `a + b` joins term lists, `a:b` forms every union of a term on the left with one on the right, `a*b` is
///   `a + b + a:b`, `(…)^n` is the product taken n times, `a/b` is `a + (all of a):b`, `a %in% b` is `a:(all of b)`;
/// - `a - b` removes b's terms from a's; a `1` sets the intercept and a `0` removes it, with the meaning reversed on
///   the right of a `-` (R's "parity"), so `- 1` removes the intercept and `- 0` puts it back;
/// - duplicates are removed (first kept) and the terms are then sorted by order, stably.
///
/// One deliberate difference: R reads `meals^2` (a power of a single term) as just `meals`, silently. That is almost
/// always a mistake for `I(meals^2)`, so it is an error here that says so.
struct TermExpansion {
    let text: String
    /// Installed variables; index 0 is the response.
    private var variables: [FormulaVariable] = []
    /// Where each right-hand-side variable first appears.
    private var variablePositions: [Int: Int] = [:]
    private var columnPositions: [String: Int] = [:]
    private var intercept = true
    private var parity = true

    init(text: String) {
        self.text = text
    }

    private func error(_ message: String, at position: Int?, advice: String? = nil) -> FormulaError {
        FormulaError(formula: text, message, at: position, advice: advice)
    }

    /// The formula's meaning.
    mutating func formula(from sides: FormulaParser.Sides) throws -> Formula {
        let response = try responseVariable(sides.response)
        variables = [response]
        let termSets = try encode(sides.terms)
        if let withResponse = termSets.first(where: { $0.contains(0) }) {
            let position = variablePositions[0]
            throw error("the response '\(response.name)' also appears on the right-hand side", at: position,
                        advice: withResponse.count == 1 ? "remove it from the terms"
                            : "remove the interaction that involves it")
        }
        // Sort by order, stably (R's step 3 of termsform).
        let maximumOrder = termSets.map(\.count).max() ?? 0
        var sorted: [Set<Int>] = []
        for order in 0...maximumOrder { sorted += termSets.filter { $0.count == order } }
        let names = variables.dropFirst().map(\.name)
        let terms = sorted.map { Term(variables: $0.map { $0 - 1 }, names: Array(names)) }
        return Formula(text: text, response: response, variables: Array(variables.dropFirst()), terms: terms,
                       hasIntercept: intercept, columnPositions: columnPositions)
    }

    // MARK: Variables

    private mutating func responseVariable(_ syntax: FormulaSyntax) throws -> FormulaVariable {
        if case .call("factor", _, let position) = syntax {
            throw error("the response cannot be a factor", at: position,
                        advice: "a linear model needs a numeric response")
        }
        let expression = try arithmetic(syntax)
        guard !expression.columns.isEmpty else {
            throw error("the response must involve a column", at: syntax.start,
                        advice: "write the response column before '~'")
        }
        if case .column(let name) = expression { return FormulaVariable(.column(name)) }
        return FormulaVariable(.computed(expression))
    }

    /// The index of the variable `syntax` denotes, installing it if new.
    private mutating func install(_ syntax: FormulaSyntax) throws -> Int {
        let variable = try formulaVariable(syntax)
        if let index = variables.firstIndex(of: variable) {
            if variablePositions[index] == nil { variablePositions[index] = syntax.start }
            return index
        }
        variables.append(variable)
        variablePositions[variables.count - 1] = syntax.start
        return variables.count - 1
    }

    /// A name or call on the right-hand side, as a variable.
    private mutating func formulaVariable(_ syntax: FormulaSyntax) throws -> FormulaVariable {
        switch syntax {
        case .name(let name, let position):
            noteColumn(name, at: position)
            return FormulaVariable(.column(name))
        case .call("factor", let arguments, let position):
            guard arguments.count == 1, case .name(let name, let namePosition) = arguments[0] else {
                throw error("factor() takes one column name", at: position, advice: "write e.g. factor(cnum)")
            }
            noteColumn(name, at: namePosition)
            return FormulaVariable(.factor(name))
        case .call:
            return FormulaVariable(.computed(try arithmetic(syntax)))
        default:
            throw error("expected a term", at: syntax.start)
        }
    }

    private mutating func noteColumn(_ name: String, at position: Int) {
        if columnPositions[name] == nil { columnPositions[name] = position }
    }

    private static let supportedFunctions = "I(), log(), log2(), log10(), exp(), sqrt(), abs() and factor()"

    /// An arithmetic expression (inside a function call, or the response).
    private mutating func arithmetic(_ syntax: FormulaSyntax) throws -> FormulaExpression {
        switch syntax {
        case .name(let name, let position):
            noteColumn(name, at: position)
            return .column(name)
        case .number(let value, _, _):
            return .number(value)
        case .unary(let symbol, let operand, _):
            return .sign(negated: symbol == "-", try arithmetic(operand))
        case .binary(let symbol, let left, let right, let position):
            guard let op = ArithmeticOperator(rawValue: symbol) else {
                throw error("'\(symbol)' is not arithmetic", at: position,
                            advice: "inside I() and functions use + - * / ^")
            }
            return .binary(op, try arithmetic(left), try arithmetic(right))
        case .parentheses(let inner, _):
            return .parentheses(try arithmetic(inner))
        case .call(let name, let arguments, let position):
            if name == "factor" {
                throw error("factor() cannot be used inside an expression", at: position,
                            advice: "use factor(column) as a term of its own")
            }
            guard let function = FormulaFunction(rawValue: name) else {
                throw error("the function '\(name)' is not supported", at: position,
                            advice: "formulas may use \(Self.supportedFunctions)")
            }
            guard arguments.count == 1 else {
                throw error("\(name)() takes exactly one argument", at: position,
                            advice: arguments.isEmpty ? "write the expression inside the parentheses"
                                : "write arithmetic inside one argument, e.g. I(meals * ell)")
            }
            return .call(function, try arithmetic(arguments[0]))
        case .dot(let position):
            throw error("'.' (all other columns) is not supported", at: position,
                        advice: "list the columns you want")
        }
    }

    // MARK: Terms (R's EncodeVars)

    /// The terms `syntax` stands for, as sets of variable indices, in order.
    private mutating func encode(_ syntax: FormulaSyntax) throws -> [Set<Int>] {
        switch syntax {
        case .number(let value, let written, let position):
            if value == 1 {
                intercept = parity
                return []
            }
            if value == 0 {
                intercept = !parity
                return []
            }
            throw error("the number \(written) cannot be a term", at: position,
                        advice: "only 1 (keep the intercept) and 0 (remove it) stand alone; for arithmetic use I(), "
                            + "e.g. I(2 * meals)")
        case .name, .call:
            return [[try install(syntax)]]
        case .dot(let position):
            throw error("'.' (all other columns) is not supported", at: position, advice: "list the columns you want")
        case .parentheses(let inner, _):
            return try encode(inner)
        case .unary(let symbol, let operand, _):
            if symbol == "+" { return try encode(operand) }
            parity.toggle()
            let removed = try encode(operand)
            parity.toggle()
            return Self.delete(removed, from: [], intercept: &intercept)
        case .binary(let symbol, let left, let right, let position):
            switch symbol {
            case "+":
                let l = try encode(left)
                return Self.trim(l + (try encode(right)))
            case ":":
                let l = try encode(left)
                return Self.trim(Self.interact(l, try encode(right)))
            case "*":
                let l = try encode(left)
                let r = try encode(right)
                return Self.trim(l + r + Self.interact(l, r))
            case "/":
                let l = try encode(left)
                let r = try encode(right)
                let all = l.reduce(into: Set<Int>()) { $0.formUnion($1) }
                return Self.trim(l + r.map { $0.union(all) })
            case "%in%":
                let l = try encode(left)
                let r = try encode(right)
                let all = r.reduce(into: Set<Int>()) { $0.formUnion($1) }
                return Self.trim(l.map { $0.union(all) })
            case "-":
                let l = try encode(left)
                parity.toggle()
                let r = try encode(right)
                parity.toggle()
                return Self.delete(r, from: l, intercept: &intercept)
            case "^":
                return try power(left, right, at: position)
            default:
                throw error("the operator '\(symbol)' is not supported", at: position,
                            advice: "formulas use + - * / : ^ and %in%")
            }
        }
    }

    private mutating func power(_ base: FormulaSyntax, _ exponent: FormulaSyntax, at position: Int) throws -> [Set<Int>] {
        guard case .number(let value, _, _) = exponent, value >= 2, value == value.rounded() else {
            throw error("the power after '^' must be a whole number of at least 2", at: position,
                        advice: "e.g. (a + b + c)^2 for all two-way interactions; to raise a column to a power "
                            + "write I(x^2)")
        }
        let terms = try encode(base)
        if terms.count == 1 {
            let name = base.singleName ?? "x"
            throw error("'^' between terms makes interactions, so a single term to a power is just that term",
                        at: position, advice: "to square a column write I(\(name)^\(Int(value)))")
        }
        var result = terms
        for _ in 1..<Int(value) { result = Self.trim(Self.interact(terms, result)) }
        return result
    }

    /// Every union of a term of `left` with a term of `right`, left varying slowest (R's order).
    private static func interact(_ left: [Set<Int>], _ right: [Set<Int>]) -> [Set<Int>] {
        left.flatMap { l in right.map { l.union($0) } }
    }

    /// Drops empty terms and repeats (the first of each kept).
    private static func trim(_ terms: [Set<Int>]) -> [Set<Int>] {
        var seen: Set<Set<Int>> = []
        return terms.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// `terms` without any of `removed`; removing the empty term removes the intercept (R's StripTerm).
    private static func delete(_ removed: [Set<Int>], from terms: [Set<Int>], intercept: inout Bool) -> [Set<Int>] {
        var kept = terms
        for term in removed {
            if term.isEmpty { intercept = false }
            kept.removeAll { $0 == term }
        }
        return kept
    }
}

extension FormulaSyntax {
    /// The text of a lone name or simple call (for advice such as "write I(meals^2)").
    var singleName: String? {
        switch self {
        case .name(let name, _): return RName.quotedIfNeeded(name)
        case .parentheses(let inner, _): return inner.singleName
        default: return nil
        }
    }
}
