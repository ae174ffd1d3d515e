import DataTable
import Foundation
import TestSupport
@testable import Education

/// The shipped API files, read once for all tests (each read takes a fraction of a second; reading them in every
/// test would make the suite slow).
enum RealAPIFiles {
    static let growthPath = Fixtures.shipped("api/ca-api-growth-2011-2013.csv").path
    static let basePath = Fixtures.shipped("api/ca-api-base-2012-reduced.csv").path
    static let apipopPath = Fixtures.shipped("api/ca-api-1999-2000-apipop.csv").path
    static let baseLayoutPath = Fixtures.shipped("layouts/api-base-2012-record-layout.csv").path
    static let growthLayoutPath = Fixtures.shipped("layouts/api-growth-2012-fields-1-14.txt").path
    static let baseCatalogPath = Fixtures.shipped("layouts/api-base-fields-by-year.csv").path
    static let growthCatalogPath = Fixtures.shipped("layouts/api-growth-fields-by-year.csv").path

    static let growth: Result<APIGrowthFile, Error> = Result { try APIGrowthFile.read(file: growthPath) }
    static let base: Result<APIBaseFile, Error> = Result { try APIBaseFile.read(file: basePath) }
    static let apipop: Result<APIPopulationFile, Error> = Result { try APIPopulationFile.read(file: apipopPath) }
}
