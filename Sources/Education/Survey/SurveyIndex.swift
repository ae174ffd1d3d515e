/// The survey's main index: which scales it averages, its column key and its printed title.
///
/// For the PAL survey it is the `pal_index`, the mean of all six areas (see `PartnershipIndex`); a codebook may name
/// another key, title and subset of its scales under `index:`.
public struct SurveyIndex: Sendable, Hashable, Codable {
    /// The index's column and JSON key (for example `pal_index`).
    public var key: String
    /// The index's name as a report prints it (for example "PAL index").
    public var title: String
    /// The ids of the scales it averages, in codebook order; empty means every scale the codebook has items for.
    public var scaleIDs: [String]

    /// Creates an index definition.
    public init(key: String, title: String, scaleIDs: [String] = []) {
        self.key = key
        self.title = title
        self.scaleIDs = scaleIDs
    }

    /// The PAL index: `pal_index`, "PAL index", the mean of every area the codebook has.
    public static let pal = SurveyIndex(key: PartnershipIndex.key, title: "PAL index")
}
