import DataTable

/// The survey's codebook: every item, the area it measures, its response scale and whether it is reverse-coded.
///
/// Scoring, reliability and the simulator all read the survey's structure from here, never from column names.
public struct Codebook: Sendable, Equatable {
    /// What the codebook describes (for example "PAL teacher survey").
    public var instrument: String
    /// The items, in codebook order (the order of the responses file's item columns when it is simulated).
    public var items: [CodebookItem]
    /// The file it was read from, for error messages.
    public var source: String?

    /// Creates a codebook and checks it: unique, usable ids and one response scale shared by every item.
    ///
    /// - Throws: `DataError` naming the codebook line of the offending item.
    public init(instrument: String, items: [CodebookItem], source: String? = nil) throws {
        self.instrument = instrument
        self.items = items
        self.source = source
        try validate()
    }

    /// The areas the codebook has items for, in the survey's order.
    public var areas: [SurveyArea] {
        SurveyArea.allCases.filter { area in items.contains { $0.area == area } }
    }

    /// A sentence for the analyst when the codebook lacks some of the six PAL areas (nil when it has all six): the
    /// PAL index is then the mean of fewer areas, which is not the survey's published index.
    public var missingAreasNote: String? {
        let missing = SurveyArea.allCases.filter { !areas.contains($0) }
        guard !missing.isEmpty, !areas.isEmpty else { return nil }
        return "the codebook has no items for \(missing.map(\.rawValue).joined(separator: ", ")), so \(PartnershipIndex.key) "
            + "is the mean of the other \(areas.count) areas, not of all \(SurveyArea.allCases.count) PAL areas"
    }

    /// The items of `area`, in codebook order.
    public func items(in area: SurveyArea) -> [CodebookItem] {
        items.filter { $0.area == area }
    }

    /// The positions (in `items`) of the items of `area`.
    public func itemIndices(in area: SurveyArea) -> [Int] {
        items.indices.filter { items[$0].area == area }
    }

    /// The item called `id`, if any.
    public func item(_ id: String) -> CodebookItem? {
        items.first { $0.id == id }
    }

    /// The response scale every item shares (checked when the codebook is made).
    public var scale: ResponseScale { items[0].scale }

    /// Column names the responses file reserves for the respondent, so no item may use them.
    public static let reservedColumns: [String] = ["respondent_id", "cds", "role"]

    private func validate() throws {
        guard let first = items.first else {
            throw DataError("the codebook has no items; list them under 'items:'", at: CellLocation(file: source))
        }
        var seen: [String: Int?] = [:]
        for item in items {
            let place = CellLocation(file: source, line: item.line)
            if let earlier = seen[item.id] {
                let where_ = earlier.map { " (first on line \($0))" } ?? ""
                throw DataError("item id '\(item.id)' is used twice\(where_); give every item its own id", at: place)
            }
            seen[item.id] = item.line
            guard Codebook.isUsableID(item.id) else {
                throw DataError("item id '\(item.id)' cannot be a column name; use letters, digits and '_', "
                                + "starting with a letter", at: place)
            }
            guard !Codebook.reservedColumns.contains(item.id) else {
                throw DataError("item id '\(item.id)' is reserved for the respondent's own column; rename the item",
                                at: place)
            }
            // One shared scale: area scores are means of items and the PAL index a mean of areas, which only
            // mean something when every answer is on the same scale.
            guard item.scale.minimum == first.scale.minimum, item.scale.maximum == first.scale.maximum else {
                throw DataError("item '\(item.id)' uses answers \(item.scale.minimum)-\(item.scale.maximum) but item "
                                + "'\(first.id)' uses \(first.scale.minimum)-\(first.scale.maximum); every item must "
                                + "share one response scale (rescale the item or score it in a separate codebook)",
                                at: place)
            }
        }
    }

    /// Letters, digits and underscores, starting with a letter: safe as a CSV header and a formula term.
    static func isUsableID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return id.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
    }
}
