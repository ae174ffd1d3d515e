import DataTable
import Regression

/// A school with much influence on a model's estimates.
public struct InfluentialSchool: Sendable, Equatable {
    /// CDS code.
    public var cds: String
    /// School name.
    public var school: String
    /// Cook's distance: how far all fitted values move when the school is left out, in units of the estimates'
    /// uncertainty.
    public var cooksDistance: Double
    /// Leverage (hat value): how unusual the school's explanatory values are.
    public var leverage: Double
    /// Observed minus fitted value, in the response's units.
    public var residual: Double
}

/// How far the partnership estimate of one model moves when any single school is left out.
public struct LeaveOneOutRange: Sendable, Equatable {
    /// The model's name.
    public var model: String
    /// The estimate with every school.
    public var estimate: Double
    /// The lowest estimate with one school left out, and that school.
    public var lowest: (value: Double, school: String)
    /// The highest estimate with one school left out, and that school.
    public var highest: (value: Double, school: String)

    /// Equal when all numbers and names are.
    public static func == (lhs: LeaveOneOutRange, rhs: LeaveOneOutRange) -> Bool {
        lhs.model == rhs.model && lhs.estimate == rhs.estimate && lhs.lowest == rhs.lowest && lhs.highest == rhs.highest
    }
}

/// The diagnostics the report shows: variance inflation of every model, the most influential schools of the focus
/// model, and how much one school can move each model's partnership estimate.
public struct BoardReportDiagnostics: Sendable {
    /// Index (into the report's models) of the model whose influence and residuals are shown.
    public let focus: Int
    /// Variance inflation factors per model (empty for a model with one explanatory term).
    public let varianceInflation: [[VarianceInflation]]
    /// The focus model's most influential schools, largest Cook's distance first.
    public let influential: [InfluentialSchool]
    /// The conventional screening line for Cook's distance, 4 / N.
    public let cooksCutoff: Double
    /// Schools of the focus model above `cooksCutoff`.
    public let aboveCutoff: Int
    /// The focus model's partnership estimate refitted without its most influential school.
    public let withoutMostInfluential: Double?
    /// Per model, the range of the partnership estimate with one school left out.
    public let leaveOneOut: [LeaveOneOutRange]

    /// Computes the diagnostics of `models` (all fitted on `sample`) for the term `partnership`.
    ///
    /// - Throws: `RegressionError` if a refit fails (it cannot on a sample the models were fitted on, short of a
    ///   school whose removal makes a column constant, which the refit then reports as aliased, not as an error).
    public init(models: [BoardReportModel], focus: Int, sample: DataTable, partnership: String, count: Int) throws {
        let names = try sample.text("sname"), codes = try sample.text("cds")
        self.focus = focus
        self.varianceInflation = try models.map { model in
            model.fit.design.termLabels.count < 2 ? [] : try model.fit.varianceInflationFactors()
        }

        let model = models[focus]
        let rows = model.fit.design.rowsUsed
        let distances = try model.fit.cooksDistance(), leverages = try model.fit.hatValues()
        // Largest first; ties broken by row so the order never depends on sorting stability.
        let order = distances.indices.filter { !distances[$0].isNaN }
            .sorted { (distances[$0], -$0) > (distances[$1], -$1) }
        self.influential = order.prefix(count).map { i in
            InfluentialSchool(cds: codes[rows[i]] ?? "", school: names[rows[i]] ?? "", cooksDistance: distances[i],
                              leverage: leverages[i], residual: model.fit.residuals[i])
        }
        cooksCutoff = 4 / Double(model.fit.observationCount)
        aboveCutoff = distances.filter { $0 > 4 / Double(model.fit.observationCount) }.count
        if let top = order.first {
            let remaining = sample.rows(sample.rowIndices.filter { $0 != rows[top] })
            withoutMostInfluential = try BoardReportModel.estimate(of: partnership, formula: model.formula, data: remaining)
        } else {
            withoutMostInfluential = nil
        }

        var ranges: [LeaveOneOutRange] = []
        for model in models {
            guard let estimate = model.row(partnership)?.estimate else { continue }
            var lowest = (value: Double.infinity, school: ""), highest = (value: -Double.infinity, school: "")
            for row in sample.rowIndices {
                let remaining = sample.rows(sample.rowIndices.filter { $0 != row })
                guard let value = try BoardReportModel.estimate(of: partnership, formula: model.formula, data: remaining)
                else { continue }
                if value < lowest.value { lowest = (value, names[row] ?? "") }
                if value > highest.value { highest = (value, names[row] ?? "") }
            }
            ranges.append(LeaveOneOutRange(model: model.name, estimate: estimate, lowest: lowest, highest: highest))
        }
        self.leaveOneOut = ranges
    }
}

extension DataTable {
    /// 0..<rowCount, for selecting rows.
    var rowIndices: [Int] { Array(0..<rowCount) }
}
