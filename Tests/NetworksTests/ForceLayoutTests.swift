import Testing
@testable import Networks

/// Two groups of five, everyone tied within their group, one tie between the groups, and one isolate.
private func twoCliques() throws -> Network {
    let people = (1...11).map { RosterPerson(id: String($0)) }
    var ties: [Tie] = []
    for group in [1...5, 6...10] {
        for a in group { for b in group where a < b { ties.append(Tie(from: String(a), to: String(b))) } }
    }
    ties.append(Tie(from: "5", to: "6"))
    return try Network(people: people, ties: ties, directed: false)
}

private func distance(_ a: ForceLayout.Point, _ b: ForceLayout.Point) -> Double {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
}

@Suite("Force-directed layout (Fruchterman-Reingold, seeded)")
struct ForceLayoutTests {
    @Test("the same seed gives the same points; another seed other points; all inside the unit square")
    func deterministic() throws {
        let network = try twoCliques()
        let first = ForceLayout(seed: 7).positions(network)
        #expect(first == ForceLayout(seed: 7).positions(network))
        #expect(first != ForceLayout(seed: 8).positions(network))
        #expect(first.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
        #expect(first.map(\.x).min() == 0 && first.map(\.x).max() == 1)
    }

    @Test("tied people end up closer than untied ones, for every seed tried", arguments: [1, 2, 3, 42] as [UInt64])
    func tiesPull(seed: UInt64) throws {
        let network = try twoCliques()
        let points = ForceLayout(seed: seed).positions(network)
        var tied: [Double] = [], untied: [Double] = []
        for a in 0..<10 {
            for b in (a + 1)..<10 {
                (network.hasTie(a, b) ? { tied.append($0) } : { untied.append($0) })(distance(points[a], points[b]))
            }
        }
        let meanTied = tied.reduce(0, +) / Double(tied.count), meanUntied = untied.reduce(0, +) / Double(untied.count)
        #expect(meanTied < 0.6 * meanUntied, "tied \(meanTied) untied \(meanUntied)")
    }

    @Test("SplitMix64 gives its published first outputs for seed 0")
    func splitMix() {
        // Reference: the SplitMix64 sequence for seed 0 (Vigna's splitmix64.c; also Java's SplittableRandom).
        var random = SeededRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
