import Testing
@testable import Education
