import Testing
@testable import DataTable
