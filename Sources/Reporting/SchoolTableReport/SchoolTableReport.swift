import DataTable
import Education
import Regression

/// The board report on a district's own files: `report.md` and `report.json`, built in memory so a caller can write
/// them all or nothing.
public struct SchoolTableReport: Sendable {
    /// The analysis behind the report.
    public let analysis: SchoolTableAnalysis
    /// The files: `report.md`, `report.json`, then `school-table.csv` (the schools the models use).
    public let files: [BoardReport.File]

    /// The name of the JSON twin in the report folder.
    public static let jsonName = "report.json"
    /// The name of the school table in the report folder.
    public static let tableName = "school-table.csv"

    /// Runs the analysis and writes the report in memory.
    ///
    /// - Throws: `PartnershipError` from the join, the sample check and the fits.
    public init(inputs: SchoolTableInputs, options: SchoolTableOptions = SchoolTableOptions()) throws {
        let analysis = try SchoolTableAnalysis(inputs: inputs, options: options)
        self.analysis = analysis
        self.files = [
            BoardReport.File(path: BoardReport.markdownName, contents: try SchoolTableMarkdown(analysis: analysis).render()),
            BoardReport.File(path: SchoolTableReport.jsonName,
                             contents: try SchoolTableReportJSON.document(analysis).rendered() + "\n"),
            BoardReport.File(path: SchoolTableReport.tableName, contents: CSVWriter().text(of: analysis.sample.table)),
        ]
    }
}
