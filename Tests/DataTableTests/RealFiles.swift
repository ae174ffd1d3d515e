import TestSupport
@testable import DataTable

/// The shipped statewide files, each read once for all the tests that use it (a debug build takes a few tenths of a
/// second per read of the Growth file).
enum RealFiles {
    /// `data/api/ca-api-growth-2011-2013.csv` with the default options.
    static let growth = load("api/ca-api-growth-2011-2013.csv")
    /// `data/api/ca-api-1999-2000-apipop.csv` with the default options.
    static let apipop = load("api/ca-api-1999-2000-apipop.csv")

    /// The path of a shipped file, as tests name it.
    static func path(_ relativePath: String) -> String { Fixtures.shipped(relativePath).path }

    private static func load(_ relativePath: String) -> Result<DataTable, DataError> {
        do {
            return .success(try CSVReader.read(file: path(relativePath)))
        } catch let error as DataError {
            return .failure(error)
        } catch {
            return .failure(DataError("unexpected error: \(error)"))
        }
    }
}
