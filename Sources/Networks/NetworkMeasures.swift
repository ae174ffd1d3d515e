/// Every measure of one network, computed once, with the conventions of `Network`'s properties.
///
/// Optional values are `nil` where a measure is undefined (for example reciprocity without ties).
public struct NetworkMeasures: Sendable {
    /// The school (empty for a single network).
    public var school: String
    /// The relation (topic).
    public var relation: String
    /// Whether ties were taken as directed.
    public var directed: Bool
    /// People (nodes).
    public var nodes: Int
    /// Ties (arcs directed, edges undirected).
    public var ties: Int
    /// m / (n(n-1)) directed, 2m / (n(n-1)) undirected.
    public var density: Double?
    /// Mutual, asymmetric and null dyads.
    public var dyadCensus: DyadCensus
    /// Share of arcs reciprocated, 2M / (2M + A).
    public var reciprocity: Double?
    /// Mutual over connected dyads, M / (M + A).
    public var reciprocityDyadic: Double?
    /// Global transitivity of the symmetrised network.
    public var transitivity: Double?
    /// Average local clustering of the symmetrised network, degree < 2 counting 0.
    public var averageClustering: Double?
    /// Freeman in-degree centralization (igraph normalisation).
    public var centralizationIn: Double?
    /// Freeman out-degree centralization (igraph normalisation).
    public var centralizationOut: Double?
    /// Freeman all-degree centralization (igraph normalisation).
    public var centralizationAll: Double?
    /// Weak and strong components.
    public var components: ComponentCounts
    /// The people's ids, in roster order (the order of every per-person list).
    public var personIDs: [String]
    /// In-degree per person (roster order).
    public var inDegree: [Int]
    /// Out-degree per person.
    public var outDegree: [Int]
    /// All-degree per person.
    public var allDegree: [Int]
    /// Unnormalised betweenness per person.
    public var betweenness: [Double]
    /// Mean unnormalised betweenness.
    public var meanBetweenness: Double?
    /// Largest unnormalised betweenness.
    public var maxBetweenness: Double?
    /// Mean betweenness normalised as networkx does.
    public var meanBetweennessNormalized: Double?
    /// Mean betweenness with tie lengths (`Network.distances`), when the ties carry them.
    public var meanWeightedBetweenness: Double?
    /// Measures where the libraries define the same name differently, kept to name the difference: sna's
    /// `grecip(measure = "dyadic")`, sna's directed `gtrans(measure = "weak")`, and igraph's average clustering
    /// leaving out nodes of degree < 2.
    public var alternatives: AlternativeDefinitions
    /// Valued measures, when ties carry values.
    public var valued: ValuedMeasures?
    /// Mixing among the `--group` column's groups, when one was given.
    public var groupMixing: GroupMixing?
    /// Density under the missing-respondent rule, and the response rate.
    public var respondents: RespondentDensity
    /// The union representative-principal dyad, when the roster has both roles.
    public var representativePrincipal: RepresentativePrincipalDyad?

    /// Measures `network`; `groups` (one label per person) adds block densities and the E-I index.
    public init(_ network: Network, groups: [String?]? = nil, scaleMaximum: Double? = nil) {
        school = network.school
        relation = network.relation
        directed = network.isDirected
        nodes = network.nodeCount
        ties = network.edgeCount
        density = network.density
        dyadCensus = network.dyadCensus
        reciprocity = network.reciprocity
        reciprocityDyadic = network.reciprocityDyadic
        transitivity = network.transitivity
        averageClustering = network.averageClustering
        centralizationIn = network.centralization(.in)
        centralizationOut = network.centralization(.out)
        centralizationAll = network.centralization(.all)
        components = network.components
        personIDs = network.people.map(\.id)
        inDegree = network.inDegree
        outDegree = network.outDegree
        allDegree = network.allDegree
        betweenness = network.betweenness()
        meanBetweenness = betweenness.isEmpty ? nil : betweenness.reduce(0, +) / Double(betweenness.count)
        maxBetweenness = betweenness.max()
        meanBetweennessNormalized = meanBetweenness.flatMap(network.normalizedBetweennessMean)
        if network.distances.isEmpty {
            meanWeightedBetweenness = nil
        } else {
            let weighted = network.betweenness(distances: network.distances)
            meanWeightedBetweenness = weighted.isEmpty ? nil : weighted.reduce(0, +) / Double(weighted.count)
        }
        alternatives = AlternativeDefinitions(reciprocitySNADyadic: network.reciprocitySNADyadic,
                                              transitivitySNAWeak: network.transitivitySNAWeak,
                                              averageClusteringExcludingLowDegree: network.averageClusteringExcludingLowDegree)
        valued = network.valuedMeasures(scaleMaximum: scaleMaximum)
        groupMixing = groups.map(network.groupMixing)
        respondents = network.respondentDensity
        representativePrincipal = network.representativePrincipalDyad
    }
}

/// Other libraries' measures that share a name with the study's (see `Network`'s properties of the same names).
public struct AlternativeDefinitions: Sendable, Equatable {
    /// sna `grecip(measure = "dyadic")`: null dyads count as symmetric.
    public var reciprocitySNADyadic: Double?
    /// sna `gtrans(measure = "weak")`: directed two-paths closed.
    public var transitivitySNAWeak: Double?
    /// igraph average clustering with `isolates = "nan"`: degree < 2 left out.
    public var averageClusteringExcludingLowDegree: Double?
}
