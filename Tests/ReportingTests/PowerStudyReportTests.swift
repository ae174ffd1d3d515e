import Foundation
import Simulation
import Testing
@testable import Reporting

/// The power study's Markdown: byte-identical for one seed, different for another, and labelled synthetic.
@Suite struct PowerStudyReportTests {
    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        func markdown(seed: UInt64) throws -> String {
            PowerStudyReport.markdown(try PowerStudy(settings: PowerStudySettings(
                schoolCounts: [12], effects: [25], models: [.growth], covariances: [.hc3], replications: 50, seed: seed)))
        }
        let first = try markdown(seed: 5)
        #expect(try markdown(seed: 5) == first)
        #expect(try markdown(seed: 6) != first)
        #expect(first.hasPrefix("**Synthetic data.**"))
        #expect(first.contains("seed 5"))
    }

}
