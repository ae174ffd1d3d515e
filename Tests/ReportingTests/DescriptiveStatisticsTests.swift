import Testing
@testable import Reporting

@Suite struct DescriptiveStatisticsTests {
    // Expected values from R 4.2.2: x <- c(613, 700, NA, 948.5, 802); mean(x, na.rm=TRUE) = 765.875,
    // sd(x, na.rm=TRUE) = 144.1841270736831, cor(x, y, use="pairwise") below.
    let x: [Double?] = [613, 700, nil, 948.5, 802]
    let y: [Double?] = [80, 60, 10, nil, 20]

    @Test func matchesR() {
        let s = DescriptiveStatistics(x)
        #expect(s.count == 4 && s.missing == 1)
        #expect(s.mean == 765.875)
        #expect(abs(s.standardDeviation - 144.1841270736831) < 1e-10)
        #expect(s.minimum == 613 && s.maximum == 948.5)
    }

    @Test func pairwiseCorrelationUsesRowsWithBothValues() {
        // Rows 1, 2, 5: cor(c(613,700,802), c(80,60,20)) = -0.98960160451769719
        let (r, n) = pairwiseCorrelation(x, y)
        #expect(n == 3)
        #expect(abs(r - (-0.98960160451769719)) < 1e-12)
    }

    @Test func emptyInputGivesNaNNotACrash() {
        let s = DescriptiveStatistics([nil, nil])
        #expect(s.count == 0 && s.mean.isNaN)
    }
}

@Suite struct DescriptiveTableTests {
    @Test func decimalsCanDifferByVariable() {
        let table = DescriptiveTable(variables: [(label: "PAL index", values: [3.125, 3.5]), (label: "API", values: [800, 812])],
                                     decimals: 1, decimalsByLabel: ["PAL index": 2])
        let lines = table.render().split(separator: "\n")
        // Mean of 3.125 and 3.5 is 3.3125 -> 3.31 with two decimals; API keeps one decimal.
        #expect(lines[2].contains("3.31") && lines[3].contains("806.0"))
    }
}

