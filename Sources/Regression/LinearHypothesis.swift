import Foundation

/// Linear restrictions on a model's coefficients written as text, as in R's `car::linearHypothesis`:
/// `"meals = 0, ell = 0"`, `"api99 + meals = 1"`, `"2*meals = ell"`, `"stypeH - stypeM = 0"`.
///
/// Each restriction is Σ cᵢ·bᵢ = r. Coefficient names are the model-matrix column names (`(Intercept)`, `stypeH`,
/// `meals:stypeH`, `I(meals^2)`); a name with spaces is written in backticks.
public struct LinearHypothesis: Sendable, Equatable, CustomStringConvertible {
    /// One restriction: the coefficient multipliers by name, and the right-hand constant.
    public struct Restriction: Sendable, Equatable {
        /// Multiplier of each named coefficient (names not listed have 0).
        public var weights: [String: Double]
        /// The constant r.
        public var constant: Double
        /// The restriction as written.
        public var text: String
    }

    /// The restrictions, in the order written.
    public let restrictions: [Restriction]

    /// The hypothesis as written.
    public var description: String { restrictions.map(\.text).joined(separator: ", ") }

    /// Parses restrictions separated by commas (or semicolons), each `linear expression = linear expression`.
    ///
    /// - Throws: `RegressionError` (usage) naming the restriction that does not parse.
    public init(parsing text: String) throws {
        let parts = Self.split(text, at: [",", ";"]).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw RegressionError("the hypothesis '\(text)' is empty or has an empty restriction; write e.g. "
                                  + "'meals = 0, ell = 0'", kind: .usage)
        }
        restrictions = try parts.map(Self.restriction)
    }

    private static func restriction(_ text: String) throws -> Restriction {
        let sides = split(text, at: ["="])
        guard sides.count <= 2 else {
            throw RegressionError("the restriction '\(text)' has more than one '='; write one restriction each, "
                                  + "separated by commas", kind: .usage)
        }
        var (weights, constant) = try linear(sides[0], in: text)
        if sides.count == 2 {
            let (right, rightConstant) = try linear(sides[1], in: text)
            for (name, weight) in right { weights[name, default: 0] -= weight }
            constant -= rightConstant
        }
        weights = weights.filter { $0.value != 0 }
        guard !weights.isEmpty else {
            throw RegressionError("the restriction '\(text)' names no coefficient", kind: .usage)
        }
        return Restriction(weights: weights, constant: -constant, text: text)
    }

    /// A sum of `[number *] name` and `number` terms: the multipliers by name and the constant (on the left side).
    private static func linear(_ side: String, in text: String) throws -> ([String: Double], Double) {
        var weights: [String: Double] = [:]
        var constant = 0.0
        for (sign, term) in try signedTerms(side, in: text) {
            var multiplier = sign
            var name: String?
            for factor in split(term, at: ["*"]).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if let number = Double(factor) {
                    multiplier *= number
                } else if name == nil, !factor.isEmpty {
                    name = factor.hasPrefix("`") && factor.hasSuffix("`") && factor.count > 1
                        ? String(factor.dropFirst().dropLast()) : factor
                } else {
                    throw RegressionError("'\(term)' in the restriction '\(text)' is not a number times a coefficient; "
                                          + "restrictions must be linear", kind: .usage)
                }
            }
            if let name { weights[name, default: 0] += multiplier } else { constant += multiplier }
        }
        return (weights, constant)
    }

    /// The terms of a sum with their signs, splitting at `+` and `-` outside parentheses and backticks (and not in
    /// a number's exponent such as `1e-3`).
    private static func signedTerms(_ side: String, in text: String) throws -> [(Double, String)] {
        var terms: [(Double, String)] = []
        var current = ""
        var sign = 1.0
        var depth = 0
        var quoted = false
        func finish() throws {
            let term = current.trimmingCharacters(in: .whitespaces)
            if term.isEmpty {
                throw RegressionError("the restriction '\(text)' has an operator with nothing beside it", kind: .usage)
            }
            terms.append((sign, term))
            current = ""
        }
        for character in side {
            if character == "`" { quoted.toggle() }
            if !quoted && character == "(" { depth += 1 }
            if !quoted && character == ")" { depth -= 1 }
            let exponent = (current.last == "e" || current.last == "E") && Double(current.dropLast()) != nil
            if !quoted && depth == 0 && (character == "+" || character == "-") && !exponent {
                if current.trimmingCharacters(in: .whitespaces).isEmpty && terms.isEmpty {
                    sign *= character == "-" ? -1 : 1
                    continue
                }
                try finish()
                sign = character == "-" ? -1 : 1
                continue
            }
            current.append(character)
        }
        try finish()
        return terms
    }

    /// Splits at any of `separators` outside parentheses and backticks.
    private static func split(_ text: String, at separators: Set<Character>) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for character in text {
            if character == "`" { quoted.toggle() }
            if !quoted && character == "(" { depth += 1 }
            if !quoted && character == ")" { depth -= 1 }
            if !quoted && depth == 0 && separators.contains(character) {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
