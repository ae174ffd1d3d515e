import Foundation
import Testing
import TestSupport

/// `Tests/Fixtures/reference/model-matrix-reference.json`, made by `Tests/Fixtures/scripts/model_matrix_reference.R`
/// (R 4.2.2: `model.frame(na.action = na.omit, drop.unused.levels = TRUE)`, as `lm` builds it, then `model.matrix`).
struct ModelMatrixReference: Decodable {
    /// R's `terms()` of a formula that needs no data.
    struct TermsCase: Decodable {
        var formula: String
        var term_labels: [String]
        var intercept: Bool
        /// R's variables, the response first.
        var variables: [String]
        /// R's factor pattern, one array per term over all variables (response first): 0 absent, 1 contrasts, 2 indicators.
        var factors: [[Int]]
    }

    /// One model matrix R made from a formula and a data file.
    struct Case: Decodable, CustomTestStringConvertible {
        struct Dropped: Decodable {
            var column: String
            var count: Int
        }

        struct Expect: Decodable {
            var column_names: [String]
            var term_labels: [String]
            /// R's `assign`: 0 for the intercept, else the 1-based term index.
            var assign: [Int]
            var intercept: Bool
            var response_name: String
            var n: Int
            var dropped_total: Int
            var dropped_by_column: [Dropped]
            /// 1-based rows of the data file (not counting the header) that were dropped.
            var rows_dropped: [Int]
            var column_sums: [Double]
            var column_sums_of_squares: [Double]
            var first_row: [Double]
            var last_row: [Double]
            var response_sum: Double
            var weights_sum: Double?
            var cluster_count: Int?
            var first_clusters: [String]?
        }

        var id: String
        var data: String
        var formula: String
        var weights: String?
        var cluster: String?
        var expect: Expect

        var testDescription: String { "\(id): \(formula)" }
    }

    /// A formula R refuses for this data.
    struct ErrorCase: Decodable, CustomTestStringConvertible {
        var id: String
        var data: String
        var formula: String
        var r_error: String

        var testDescription: String { "\(id): \(formula)" }
    }

    var made_with: String
    var terms_cases: [TermsCase]
    var cases: [Case]
    var error_cases: [ErrorCase]

    /// The decoded file.
    static let shared: ModelMatrixReference = {
        let url = Fixtures.fixture("reference/model-matrix-reference.json")
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode(ModelMatrixReference.self, from: data)
    }()
}
