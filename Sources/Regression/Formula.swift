/// One variable of a formula, as R's `terms()` sees it: a column, a computed expression, or a column made a factor.
public struct FormulaVariable: Sendable, Hashable, CustomStringConvertible {
    /// How the variable gets its values.
    public enum Kind: Sendable, Hashable {
        /// A column used as it is; numbers are continuous, text is a factor.
        case column(String)
        /// A number computed from columns: `I(meals^2)`, `log(enroll)`.
        case computed(FormulaExpression)
        /// `factor(column)`: the column's distinct values are the levels, even when they are numbers.
        case factor(String)
    }

    /// How the variable gets its values.
    public var kind: Kind

    /// Creates a variable.
    public init(_ kind: Kind) {
        self.kind = kind
    }

    /// The name R gives it (`meals`, an odd name in backticks, `I(meals^2)`, `log(enroll + 1)`, `factor(cnum)`): the start of
    /// every model-matrix column name that comes from it.
    public var name: String {
        switch kind {
        case .column(let column): return RName.quotedIfNeeded(column)
        case .computed(let expression): return expression.description
        case .factor(let column): return "factor(" + RName.quotedIfNeeded(column) + ")"
        }
    }

    /// The data columns it reads, in order of first appearance.
    public var columns: [String] {
        switch kind {
        case .column(let column), .factor(let column): return [column]
        case .computed(let expression): return expression.columns
        }
    }

    /// The name R gives it.
    public var description: String { name }
}

/// One term of a model: a main effect (one variable) or an interaction (several).
public struct Term: Sendable, Hashable, CustomStringConvertible {
    /// Indices into `Formula.variables`, in increasing order (the order the variables first appear in the formula).
    public var variables: [Int]
    /// R's label: the variable names joined by `:` in that order (`meals:stype`, even when written `stype:meals`
    /// after `meals` appeared first).
    public var label: String

    /// The number of variables: 1 for a main effect, 2 for a two-way interaction, and so on.
    public var order: Int { variables.count }

    /// Creates a term from variable indices (sorted here) and their names.
    init(variables: [Int], names: [String]) {
        self.variables = variables.sorted()
        self.label = self.variables.map { names[$0] }.joined(separator: ":")
    }

    /// The label.
    public var description: String { label }
}

/// A parsed model formula with R's meaning: the response, the variables, and the expanded, ordered terms.
///
/// This is the "syntax" stage (StatsModels.jl's word): it knows nothing of the data. `DesignMatrix.build` joins it
/// with a table to make numbers.
public struct Formula: Sendable, Hashable, CustomStringConvertible {
    /// The formula as written.
    public var text: String
    /// The response (left of `~`).
    public var response: FormulaVariable
    /// The right-hand side's variables in order of first appearance, including any that only appear in removed terms
    /// (`y ~ a + b - b` still reads `b`, and drops rows where it is missing, as R's `model.frame` does).
    public var variables: [FormulaVariable]
    /// The terms in R's order: by order (main effects, then two-way interactions, ...), in order of appearance within
    /// an order, duplicates removed.
    public var terms: [Term]
    /// Whether the model has an intercept (`0 +`, `+ 0` and `- 1` remove it).
    public var hasIntercept: Bool
    /// Where each column name first appears in the text (1-based), for error messages.
    var columnPositions: [String: Int]

    /// The terms' labels, as R's `attr(terms(f), "term.labels")`.
    public var termLabels: [String] { terms.map(\.label) }

    /// Every data column the formula reads: the response's, then the right-hand side's, in order of first appearance.
    public var columns: [String] {
        var seen: [String] = []
        for column in ([response] + variables).flatMap(\.columns) where !seen.contains(column) { seen.append(column) }
        return seen
    }

    /// The formula as written.
    public var description: String { text }

    /// Parses a formula written as in R: `api00 ~ meals + ell`, `api00 ~ meals * stype`, `y ~ (a + b + c)^2`,
    /// `y ~ 0 + stype`, `y ~ meals + I(meals^2) + log(enroll)`, `y ~ factor(cnum)`.
    ///
    /// - Throws: `FormulaError` pointing at the character where the formula stops making sense.
    public static func parse(_ text: String) throws -> Formula {
        let sides = try FormulaParser.parse(text)
        var expansion = TermExpansion(text: text)
        return try expansion.formula(from: sides)
    }
}
