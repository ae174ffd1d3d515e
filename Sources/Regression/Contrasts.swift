/// How a factor enters one term of the model matrix.
enum FactorEncoding: Sendable, Equatable {
    /// Treatment contrasts: one indicator per level except the first (k − 1 columns).
    case contrasts
    /// Full indicator (dummy) coding: one indicator per level (k columns).
    case indicators
}

/// One model-matrix column: a product of one value from each variable of its term.
struct DesignColumn: Sendable, Equatable {
    /// One factor of the product: a variable's value, or for a factor the indicator of one level.
    struct Part: Sendable, Equatable {
        /// Index into `Formula.variables`.
        var variable: Int
        /// For a factor, the level (index into its levels) this column indicates; `nil` for a continuous variable.
        var level: Int?
    }

    /// R's column name: `(Intercept)`, `meals`, `stypeH`, `meals:stypeH`, `stypeH:bothYes`.
    var name: String
    /// Index into the formula's terms, `nil` for the intercept.
    var term: Int?
    /// The values multiplied; empty for the intercept.
    var parts: [Part]
}

/// Chooses contrasts or indicators for each factor in each term, and lists the model-matrix columns, as R's
/// `model.matrix` does.
///
/// R's rule (`TermCode` in `model.c`, from *Statistical Models in S*, p. 38): in a term, a factor is coded by
/// contrasts if the term without that factor is contained in a term that comes before it (the empty term — a main
/// effect — always counts); otherwise by indicators. Then, when there is no intercept, the first factor (with two or
/// more levels) of the first term holding one is switched to indicators. So `0 + stype + both` gives `stypeE stypeH
/// stypeM bothYes`, and `meals:stype` with an intercept gives `meals:stypeE meals:stypeH meals:stypeM`.
enum Contrasts {
    /// R's factor pattern (`attr(terms(f), "factors")`): for each term, how each of its variables would be coded if it
    /// were a factor (keyed by variable index). Depends on the formula alone.
    static func termCodes(_ terms: [Term]) -> [[Int: FactorEncoding]] {
        terms.enumerated().map { index, term in
            var codes: [Int: FactorEncoding] = [:]
            for variable in term.variables {
                let rest = Set(term.variables).subtracting([variable])
                let containedEarlier = rest.isEmpty
                    || terms[..<index].contains { rest.isSubset(of: Set($0.variables)) }
                codes[variable] = containedEarlier ? .contrasts : .indicators
            }
            return codes
        }
    }

    /// For each term, the encoding of each of its variables that is a factor (keyed by variable index), after
    /// `model.matrix`'s switch to indicators for the first factor when there is no intercept.
    static func encodings(terms: [Term], hasIntercept: Bool, schema: [VariableSchema]) -> [[Int: FactorEncoding]] {
        var result = termCodes(terms).map { codes in codes.filter { isFactor(schema[$0.key]) } }
        if !hasIntercept {
            search: for (index, term) in terms.enumerated() {
                for variable in term.variables {
                    if case .factor(let levels) = schema[variable], levels.count > 1 {
                        result[index][variable] = .indicators
                        break search
                    }
                }
            }
        }
        return result
    }

    /// The model-matrix columns in R's order: the intercept, then each term's columns, the first variable of a term
    /// varying fastest.
    static func columns(formula: Formula, schema: [VariableSchema]) -> [DesignColumn] {
        let encodings = encodings(terms: formula.terms, hasIntercept: formula.hasIntercept, schema: schema)
        var columns: [DesignColumn] = []
        if formula.hasIntercept { columns.append(DesignColumn(name: "(Intercept)", term: nil, parts: [])) }
        for (termIndex, term) in formula.terms.enumerated() {
            // Each variable's choices: (name suffix, part). Continuous variables have one choice.
            let choices: [[(name: String, part: DesignColumn.Part)]] = term.variables.map { variable in
                let name = formula.variables[variable].name
                switch schema[variable] {
                case .continuous:
                    return [(name, DesignColumn.Part(variable: variable, level: nil))]
                case .factor(let levels):
                    let first = encodings[termIndex][variable] == .contrasts ? 1 : 0
                    return (first..<levels.count).map { (name + levels[$0], DesignColumn.Part(variable: variable, level: $0)) }
                }
            }
            // Enumerate the product with the first variable varying fastest.
            var combinations: [[(name: String, part: DesignColumn.Part)]] = [[]]
            for options in choices {
                combinations = options.flatMap { option in combinations.map { $0 + [option] } }
            }
            for combination in combinations {
                columns.append(DesignColumn(name: combination.map(\.name).joined(separator: ":"), term: termIndex,
                                            parts: combination.map(\.part)))
            }
        }
        return columns
    }

    private static func isFactor(_ schema: VariableSchema) -> Bool {
        if case .factor = schema { return true }
        return false
    }
}
