import Testing
@testable import Regression

/// The grouping of rows by cluster identifier that both estimators share.
@Suite struct ClusterGroupsTests {
    @Test func groupsRowsInOrderOfFirstAppearance() {
        let groups = ClusterGroups(["b", "a", "b", "c", "a", "b"])
        #expect(groups.count == 3)
        #expect(groups.clusterOfRow == [0, 1, 0, 2, 1, 0])
        #expect(Array(groups.rows(of: 0)) == [0, 2, 5])
        #expect(Array(groups.rows(of: 1)) == [1, 4])
        #expect(Array(groups.rows(of: 2)) == [3])
    }

    @Test func identifiersAreComparedAsWrittenText() {
        // "401" and "401.0" are different identifiers: the caller decides how a numeric column becomes text.
        let groups = ClusterGroups(["401", "401.0", "401"])
        #expect(groups.count == 2)
    }

    @Test func noRowsMeansNoClusters() {
        let groups = ClusterGroups([])
        #expect(groups.count == 0)
        #expect(groups.rows.isEmpty)
    }
}
