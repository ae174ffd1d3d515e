import DataTable
import Testing
@testable import Regression

/// Listwise deletion, variable kinds and levels, and the errors for data a model cannot use.
@Suite struct ModelFrameTests {
    /// A small table: numbers, text, a missing value in `ell` (row 3) and in `stype` (row 5).
    static func schools() throws -> DataTable {
        var table = try DataTable(columns: [
            ("api00", .numeric([700, 650, 800, 720, 610, 590])),
            ("meals", .numeric([40, 60, 10, 35, 0, 80])),
            ("ell", .numeric([20, 30, nil, 15, 25, 40])),
            ("stype", .text(["M", "E", "H", "E", nil, "M"])),
            ("enroll", .numeric([400, 0, 500, 300, 450, 350])),
            ("pw", .numeric([1, 2, 3, -1, 2, 1])),
            ("dnum", .numeric([401, 79, 401, 1, 79, 1])),
        ], source: "schools.csv")
        table.sourceLines = [2, 3, 4, 5, 6, 7]
        return table
    }

    @Test func unknownColumnSuggestsTheClosest() throws {
        let error = try #require(throws: FormulaError.self) {
            try ModelFrame(formula: Formula.parse("api00 ~ meal + ell"), data: Self.schools())
        }
        #expect(error.description == #"formula "api00 ~ meal + ell": unknown column 'meal' at column 9; did you mean 'meals'?"#)
    }

    @Test func unknownColumnWithNothingCloseListsTheColumns() throws {
        let error = try #require(throws: FormulaError.self) {
            try ModelFrame(formula: Formula.parse("api00 ~ meals + I(poverty^2)"), data: Self.schools())
        }
        #expect(error.description == #"formula "api00 ~ meals + I(poverty^2)": unknown column 'poverty' at column 19; "#
            + "the columns are: api00, meals, ell, stype, enroll, pw, dnum")
    }

    @Test func unknownWeightsColumn() throws {
        let error = try #require(throws: FormulaError.self) {
            try ModelFrame(formula: Formula.parse("api00 ~ meals"), data: Self.schools(), weights: "pv")
        }
        #expect(error.description == "unknown weights column 'pv'; did you mean 'pw'?")
    }

    @Test func textInANumericColumnIsTheLoadersErrorAtTheCell() throws {
        var table = try DataTable(columns: [
            ("api00", .numeric([700, 650, 800])),
            ("meals", .text(["40", "n/a", "10"])),
        ], source: "t.csv")
        table.textInNumericColumns["meals"] = TextInNumericColumn(
            value: "n/a", location: CellLocation(file: "t.csv", line: 3, column: 2), numericCount: 2, textCount: 1)
        let expected = try #require(throws: DataError.self) { try table.numeric("meals") }
        for formula in ["api00 ~ meals", "api00 ~ I(meals^2)", "meals ~ 1"] {
            let error = try #require(throws: DataError.self) { try ModelFrame(formula: Formula.parse(formula), data: table) }
            #expect(error == expected, "\(formula)")
            #expect(error.description.hasPrefix("t.csv:3:2: column 'meals' has the text value 'n/a'"))
        }
        // Asked for explicitly, such a column is a factor: the stray value is one more level.
        let frame = try ModelFrame(formula: Formula.parse("api00 ~ factor(meals)"), data: table)
        #expect(frame.schema == [.factor(levels: ["10", "40", "n/a"])])
    }

    @Test func textResponseIsAnError() throws {
        let error = try #require(throws: DataError.self) {
            try ModelFrame(formula: Formula.parse("stype ~ meals"), data: Self.schools())
        }
        #expect(error.message == "column 'stype' holds text, not numbers; use a numeric column here")
    }

    @Test func listwiseDeletionCountsEachColumnInModelOrder() throws {
        let frame = try ModelFrame(formula: Formula.parse("api00 ~ stype + ell"), data: Self.schools())
        #expect(frame.rowsUsed == [0, 1, 3, 5])
        #expect(frame.dropped == MissingValueReport(total: 2, byColumn: [("stype", 1), ("ell", 1)]))
        #expect(frame.response == [700, 650, 720, 590])
        // H appeared only in a dropped row, so it is not a level (R's lm drops unused levels).
        #expect(frame.schema == [.factor(levels: ["E", "M"]), .continuous])
    }

    @Test func noRowsLeftSaysWhichColumnsEmptiedTheTable() throws {
        let table = try DataTable(columns: [
            ("y", .numeric([1, 2, 3])), ("a", .numeric([nil, 1, nil])), ("b", .numeric([1, nil, 2])),
        ], source: "t.csv")
        let error = try #require(throws: DataError.self) { try ModelFrame(formula: Formula.parse("y ~ a + b"), data: table) }
        #expect(error.description == "t.csv: no rows left after dropping rows with missing values: a missing in 2 rows, "
            + "b missing in 1 row; check the missing-value tokens (--na) or leave out the emptiest columns")
    }

    @Test func textLevelsSortByCodePoint() throws {
        let table = try DataTable(columns: [
            ("y", .numeric([1, 2, 3, 4, 5])), ("g", .text(["b", "B", "a", "Z", "b"])),
        ])
        let frame = try ModelFrame(formula: Formula.parse("y ~ g"), data: table)
        #expect(frame.schema == [.factor(levels: ["B", "Z", "a", "b"])])
        let design = try DesignMatrix.build(from: frame)
        #expect(design.columnNames == ["(Intercept)", "gZ", "ga", "gb"])
        #expect(design.matrix.column(3) == [1, 0, 0, 0, 1])
    }

    @Test func factorOfNumbersSortsNumerically() throws {
        let design = try DesignMatrix.build(formula: "api00 ~ factor(dnum)", data: Self.schools())
        // R: levels(factor(c(401, 79, 401, 1, 79, 1))) is "1" "79" "401".
        #expect(design.columnNames == ["(Intercept)", "factor(dnum)79", "factor(dnum)401"])
        #expect(design.matrix.column(2) == [1, 0, 1, 0, 0, 0])
    }

    @Test func singleLevelFactorIsRefused() throws {
        let table = try DataTable(columns: [("y", .numeric([1, 2, 3])), ("g", .text(["a", "a", "a"]))], source: "t.csv")
        let error = try #require(throws: DataError.self) { try ModelFrame(formula: Formula.parse("y ~ g"), data: table) }
        #expect(error.description == "t.csv: the factor g has only the one level 'a' in the 3 rows used; a factor "
            + "needs two levels or more: drop it from the formula or check which rows were dropped for missing values")
    }

    @Test func nonFiniteComputedValueNamesTheRow() throws {
        let error = try #require(throws: DataError.self) {
            try ModelFrame(formula: Formula.parse("api00 ~ log(enroll)"), data: Self.schools())
        }
        #expect(error.description == "schools.csv:3:5: log(enroll) is -Inf where enroll = 0; a model needs finite "
            + "numbers: leave such rows out of the data or change the expression (e.g. log(x + 1) when x can be 0)")
        let nan = try #require(throws: DataError.self) {
            try ModelFrame(formula: Formula.parse("api00 ~ sqrt(meals - 20)"), data: Self.schools())
        }
        #expect(nan.description.hasPrefix("schools.csv:4:2: sqrt(meals - 20) is not a number where meals = 10;"))
        // log(enroll + 1) is fine everywhere.
        #expect(try ModelFrame(formula: Formula.parse("api00 ~ log(enroll + 1)"), data: Self.schools()).rowsUsed.count == 6)
    }

    @Test func infiniteInputIsRefusedAtItsCell() throws {
        var table = try DataTable(columns: [("y", .numeric([1, 2, 3])), ("x", .numeric([1, .infinity, 2]))], source: "t.csv")
        table.sourceLines = [2, 3, 4]
        let error = try #require(throws: DataError.self) { try DesignMatrix.build(formula: "y ~ x", data: table) }
        #expect(error.description == "t.csv:3:2: x is Inf here; a model needs finite numbers: fix the value or mark it missing")
    }

    @Test func negativeWeightIsRefusedAtItsCell() throws {
        let error = try #require(throws: DataError.self) {
            try ModelFrame(formula: Formula.parse("api00 ~ meals"), data: Self.schools(), weights: "pw")
        }
        #expect(error.description == "schools.csv:5:6: the weight -1 in column 'pw' is negative; weights must be zero "
            + "or positive numbers")
    }

    @Test func weightsAndClustersFollowTheRowsUsed() throws {
        let design = try DesignMatrix.build(formula: "api00 ~ ell", data: Self.schools(), weights: "dnum",
                                            cluster: "stype")
        #expect(design.rowsUsed == [0, 1, 3, 5])
        #expect(design.weights == [401, 79, 1, 1])
        #expect(design.clusters == ["M", "E", "E", "M"])
        #expect(design.dropped == MissingValueReport(total: 2, byColumn: [("ell", 1), ("stype", 1)]))
        // Numeric cluster identifiers read as R prints them.
        let byDistrict = try DesignMatrix.build(formula: "api00 ~ meals", data: Self.schools(), cluster: "dnum")
        #expect(byDistrict.clusters == ["401", "79", "401", "1", "79", "1"])
    }
}

/// The design stage together with the package's CSV reader.
@Suite struct ModelFrameWithCSVTests {
    @Test func strayTextInANumericColumnPointsAtTheCell() throws {
        let text = "api00,meals,stype\n700,40,E\n650,n/a,M\n800,10,H\n720,35,E\n"
        let table = try CSVReader.read(text: text, source: "schools.csv")
        let error = try #require(throws: DataError.self) { try DesignMatrix.build(formula: "api00 ~ meals + stype", data: table) }
        #expect(error.description.hasPrefix("schools.csv:3:2: column 'meals' has the text value 'n/a'"))
        // Marked as missing, the same file fits, one row fewer.
        let cleaned = try CSVReader.read(text: text, source: "schools.csv", options: CSVOptions(extraMissingTokens: ["n/a"]))
        let design = try DesignMatrix.build(formula: "api00 ~ meals + stype", data: cleaned)
        #expect(design.rowsUsed == [0, 2, 3])
        #expect(design.columnNames == ["(Intercept)", "meals", "stypeH"])
    }
}
