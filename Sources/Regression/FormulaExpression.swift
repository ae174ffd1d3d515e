import Foundation

/// A function a formula may apply to numbers, inside `I()` or as a variable of its own (`log(enroll)`).
public enum FormulaFunction: String, Sendable, Hashable, CaseIterable {
    /// `I(x)`: "as is"; shields arithmetic from the formula operators.
    case identity = "I"
    /// Natural logarithm.
    case log
    /// Base-2 logarithm.
    case log2
    /// Base-10 logarithm.
    case log10
    /// Exponential.
    case exp
    /// Square root.
    case sqrt
    /// Absolute value.
    case abs

    /// The function applied to one number.
    func apply(_ x: Double) -> Double {
        switch self {
        case .identity: return x
        case .log: return Foundation.log(x)
        case .log2: return Foundation.log2(x)
        case .log10: return Foundation.log10(x)
        case .exp: return Foundation.exp(x)
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        }
    }
}

/// An arithmetic operator inside an expression.
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    /// Addition.
    case plus = "+"
    /// Subtraction.
    case minus = "-"
    /// Multiplication.
    case times = "*"
    /// Division.
    case divide = "/"
    /// Power.
    case power = "^"

    /// The operator applied to two numbers.
    func apply(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .plus: return a + b
        case .minus: return a - b
        case .times: return a * b
        case .divide: return a / b
        case .power: return Foundation.pow(a, b)
        }
    }
}

/// Arithmetic on columns, as written in `I(meals^2)`, `log(enroll + 1)` or a response such as `log(api00)`.
///
/// Parentheses are kept as written because R keeps them in the names it prints (`I((meals + 1)^2)`).
public indirect enum FormulaExpression: Sendable, Hashable, CustomStringConvertible {
    /// A column's values.
    case column(String)
    /// A constant.
    case number(Double)
    /// Unary minus (`negated == true`) or plus.
    case sign(negated: Bool, FormulaExpression)
    /// `a op b`.
    case binary(ArithmeticOperator, FormulaExpression, FormulaExpression)
    /// `(a)`.
    case parentheses(FormulaExpression)
    /// `f(a)`.
    case call(FormulaFunction, FormulaExpression)

    /// The expression as R's `deparse` prints it: spaces around `+ - *`, none around `/ ^`, names that are not
    /// syntactic in backquotes, numbers with up to 15 significant digits.
    public var description: String {
        switch self {
        case .column(let name): return RName.quotedIfNeeded(name)
        case .number(let value): return RNumberFormat.double(value)
        case .sign(let negated, let operand): return (negated ? "-" : "+") + operand.description
        case .binary(let op, let left, let right):
            switch op {
            case .divide, .power: return left.description + op.rawValue + right.description
            default: return left.description + " " + op.rawValue + " " + right.description
            }
        case .parentheses(let inner): return "(" + inner.description + ")"
        case .call(let function, let argument): return function.rawValue + "(" + argument.description + ")"
        }
    }

    /// The columns the expression reads, in order of first appearance.
    public var columns: [String] {
        var seen: [String] = []
        func visit(_ e: FormulaExpression) {
            switch e {
            case .column(let name): if !seen.contains(name) { seen.append(name) }
            case .number: break
            case .sign(_, let operand), .parentheses(let operand), .call(_, let operand): visit(operand)
            case .binary(_, let left, let right):
                visit(left)
                visit(right)
            }
        }
        visit(self)
        return seen
    }

    /// The expression's value for each of `rows`, reading columns through `values`.
    ///
    /// Works a whole column at a time (one array per operation, none per row), so long tables stay fast.
    func evaluate(rows: [Int], values: (String) -> [Double?]) -> [Double] {
        switch self {
        case .column(let name):
            let column = values(name)
            return rows.map { column[$0]! }
        case .number(let value):
            return [Double](repeating: value, count: rows.count)
        case .sign(let negated, let operand):
            let inner = operand.evaluate(rows: rows, values: values)
            return negated ? inner.map { -$0 } : inner
        case .parentheses(let inner):
            return inner.evaluate(rows: rows, values: values)
        case .call(let function, let argument):
            let inner = argument.evaluate(rows: rows, values: values)
            return function == .identity ? inner : inner.map(function.apply)
        case .binary(let op, let left, let right):
            // A constant side stays a scalar, so `meals^2` costs one pass, not two.
            switch (left, right) {
            case (_, .number(let b)):
                let a = left.evaluate(rows: rows, values: values)
                if op == .power && b == 2 { return a.map { $0 * $0 } }
                return a.map { op.apply($0, b) }
            case (.number(let a), _):
                return right.evaluate(rows: rows, values: values).map { op.apply(a, $0) }
            default:
                let a = left.evaluate(rows: rows, values: values)
                let b = right.evaluate(rows: rows, values: values)
                return zip(a, b).map { op.apply($0, $1) }
            }
        }
    }

    /// The expression's value at one row (for error messages about that row).
    func value(row: Int, values: (String) -> [Double?]) -> Double? {
        switch self {
        case .column(let name): return values(name)[row]
        case .number(let value): return value
        case .sign(let negated, let operand):
            return operand.value(row: row, values: values).map { negated ? -$0 : $0 }
        case .parentheses(let inner): return inner.value(row: row, values: values)
        case .call(let function, let argument): return argument.value(row: row, values: values).map(function.apply)
        case .binary(let op, let left, let right):
            guard let a = left.value(row: row, values: values), let b = right.value(row: row, values: values) else {
                return nil
            }
            return op.apply(a, b)
        }
    }
}

/// R's rules for names.
enum RName {
    /// Words R reserves: as names they must be backquoted.
    static let reserved: Set<String> = [
        "if", "else", "repeat", "while", "function", "for", "next", "break", "in", "TRUE", "FALSE", "NULL", "Inf",
        "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_", "NA_complex_",
    ]

    /// Whether `name` is a syntactic R name (R prints it without backquotes).
    static func isSyntactic(_ name: String) -> Bool {
        guard let first = name.first, !reserved.contains(name) else { return false }
        guard first.isLetter || first == "." else { return false }
        if first == ".", let second = name.dropFirst().first, second.isNumber { return false }
        if name.hasPrefix("..."), name == "..." { return false }
        if name.hasPrefix(".."), name.count > 2, name.dropFirst(2).allSatisfy(\.isNumber) { return false }
        return name.allSatisfy(FormulaLexer.continuesName)
    }

    /// `name`, in backquotes when it is not syntactic (R's term labels and column names: `` `odd name` ``).
    static func quotedIfNeeded(_ name: String) -> String {
        isSyntactic(name) ? name : "`" + name + "`"
    }
}
