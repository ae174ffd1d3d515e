import DataTable
import TestSupport

/// The API samples the R reference values were made from, read with the package's own `CSVReader`.
enum ReferenceData {
    /// `Tests/Fixtures/reference/<name>` (`NA` marks a missing value, as R wrote these files).
    static func table(_ name: String) throws -> DataTable {
        try CSVReader.read(file: Fixtures.fixture("reference/" + name).path)
    }
}
