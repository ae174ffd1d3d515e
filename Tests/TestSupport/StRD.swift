import Foundation

/// One NIST StRD linear-regression data set (`Tests/Fixtures/strd/*.dat`): data, model and certified results.
///
/// The files state their own layout in the header ("Certified Values (lines A to B)", "Data (lines C to D)") and
/// their model as an equation (`y = B0 + B1*x + B2*(x**2) ...`); both are read from there, not hard-coded.
public struct StRDDataset: Sendable {
    /// The regression model a data set certifies.
    public enum Model: Sendable, Equatable {
        /// `y = B0 + B1 x + … + B_d x^d` on the single predictor (B0 only when `hasIntercept`).
        case polynomial(degree: Int)
        /// `y = B0 + B1 x1 + … + B_k x_k` on the predictor columns as given (B0 only when `hasIntercept`).
        case multiple(predictors: Int)
    }

    /// The data set's name, e.g. `Filip`.
    public let name: String
    /// The response y, one value per observation.
    public let response: [Double]
    /// The predictor columns as stored in the file (one array per column).
    public let predictors: [[Double]]
    /// The model the certified values belong to.
    public let model: Model
    /// Whether the model has the constant term B0.
    public let hasIntercept: Bool
    /// Certified estimates B0 (if present), B1, … in order.
    public let certifiedCoefficients: [Double]
    /// Certified standard deviations of the estimates, in the same order.
    public let certifiedStandardErrors: [Double]
    /// Certified residual standard deviation `sqrt(RSS / (n − p))`.
    public let certifiedResidualStandardDeviation: Double
    /// Certified R² (uncentered for the models without intercept, as NIST computes it).
    public let certifiedRSquared: Double

    /// The linear-regression data sets in `Tests/Fixtures/strd/`, easiest first as NIST orders them.
    public static let allNames = ["Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley",
                                  "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5"]

    /// Reads `Tests/Fixtures/strd/<name>.dat`.
    public static func load(_ name: String) throws -> StRDDataset {
        let url = Fixtures.fixture("strd/\(name).dat")
        return try StRDDataset(parsing: String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
    }

    /// The design matrix columns in the order of the certified coefficients: a column of ones for B0, then the
    /// powers x, x², … (computed with `pow`) or the predictors as given.
    public var designColumns: [[Double]] {
        var columns: [[Double]] = hasIntercept ? [Array(repeating: 1, count: response.count)] : []
        switch model {
        case .polynomial(let degree):
            let x = predictors[0]
            for power in 1...degree { columns.append(x.map { Foundation.pow($0, Double(power)) }) }
        case .multiple:
            columns.append(contentsOf: predictors)
        }
        return columns
    }

    /// Parses the text of a StRD linear-regression file; `file` names it in error messages.
    public init(parsing text: String, file: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        func fail(_ line: Int, _ message: String) -> StRDError { StRDError(file: file, line: line, message: message) }
        func range(after label: String) throws -> ClosedRange<Int> {
            guard let index = lines.firstIndex(where: { $0.contains(label) && $0.contains("(lines") }) else {
                throw fail(0, "no \"\(label) (lines A to B)\" in the header")
            }
            let numbers = lines[index].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 2, numbers[0] <= numbers[1], numbers[1] <= lines.count else {
                throw fail(index + 1, "cannot read the line range in \"\(lines[index])\"")
            }
            return numbers[0]...numbers[1]
        }
        let certifiedLines = try range(after: "Certified Values")
        let dataLines = try range(after: "Data")

        guard let nameLine = lines.first(where: { $0.hasPrefix("Dataset Name:") }),
              let name = nameLine.split(separator: " ").dropFirst(2).first else {
            throw fail(2, "no \"Dataset Name:\" line")
        }
        self.name = String(name)

        guard let equationIndex = lines[..<certifiedLines.lowerBound].firstIndex(where: {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("y =")
        }) else { throw fail(0, "no model equation \"y = ...\" before the certified values") }
        let equation = lines[equationIndex]
        hasIntercept = equation.contains("B0")

        var coefficients: [Double] = [], errors: [Double] = []
        var residualSD: Double?, rSquared: Double?
        var sawResidual = false
        for number in certifiedLines {
            let fields = lines[number - 1].split(separator: " ").map(String.init)
            guard let first = fields.first else { continue }
            if first.hasPrefix("B"), Int(first.dropFirst()) != nil {
                guard fields.count == 3, let estimate = Double(fields[1]), let error = Double(fields[2]) else {
                    throw fail(number, "expected \"Bk estimate standard-deviation\", got \"\(lines[number - 1])\"")
                }
                coefficients.append(estimate)
                errors.append(error)
            } else if first == "Residual" {
                sawResidual = true
            } else if sawResidual, first == "Standard", let value = fields.last.flatMap(Double.init) {
                residualSD = value
            } else if first == "R-Squared", let value = fields.last.flatMap(Double.init) {
                rSquared = value
            }
        }
        guard !coefficients.isEmpty, let residualSD, let rSquared else {
            throw fail(certifiedLines.lowerBound, "certified estimates, residual standard deviation or R-squared missing")
        }
        certifiedCoefficients = coefficients
        certifiedStandardErrors = errors
        certifiedResidualStandardDeviation = residualSD
        certifiedRSquared = rSquared

        var rows: [[Double]] = []
        for number in dataLines {
            let fields = lines[number - 1].split(separator: " ")
            let values = fields.compactMap { Double($0) }
            guard values.count == fields.count, values.count >= 2 else {
                throw fail(number, "expected numbers \"y x...\", got \"\(lines[number - 1])\"")
            }
            guard rows.isEmpty || rows[0].count == values.count else {
                throw fail(number, "expected \(rows[0].count) numbers, got \(values.count)")
            }
            rows.append(values)
        }
        response = rows.map { $0[0] }
        predictors = (1..<rows[0].count).map { j in rows.map { $0[j] } }

        let powers = equation.components(separatedBy: "x**").dropFirst().compactMap { piece in
            Int(piece.prefix(while: { $0.isNumber }))
        }
        if let degree = powers.max() {
            guard predictors.count == 1 else { throw fail(equationIndex + 1, "a polynomial needs one predictor") }
            model = .polynomial(degree: degree)
        } else {
            model = .multiple(predictors: predictors.count)
        }
        let parameterCount: Int
        switch model {
        case .polynomial(let degree): parameterCount = degree + (hasIntercept ? 1 : 0)
        case .multiple(let k): parameterCount = k + (hasIntercept ? 1 : 0)
        }
        guard parameterCount == coefficients.count else {
            throw fail(equationIndex + 1, "the model has \(parameterCount) parameters but \(coefficients.count) are certified")
        }
    }
}

/// A StRD file that does not read as expected.
public struct StRDError: Error, CustomStringConvertible {
    /// The file name.
    public var file: String
    /// 1-based line, or 0 when the problem is not on one line.
    public var line: Int
    /// What is wrong.
    public var message: String
    /// `FILE:LINE: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
