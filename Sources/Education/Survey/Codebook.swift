import DataTable

/// The survey's codebook: its scales, its main index, and every item with the scale it measures, its response
/// scale and whether it is reverse-coded.
///
/// Scoring, reliability and the simulator all read the survey's structure from here, never from column names. A
/// codebook that declares no scales is a PAL codebook: its scales are the six PAL areas and its index the PAL index.
public struct Codebook: Sendable, Equatable {
    /// What the codebook describes (for example "PAL teacher survey").
    public var instrument: String
    /// The items, in codebook order (the order of the responses file's item columns when it is simulated).
    public var items: [CodebookItem]
    /// The file it was read from, for error messages.
    public var source: String?
    /// The scales the codebook declares, in its order (the six PAL areas when it declares none).
    public var scales: [SurveyArea]
    /// The main index: which scales it averages, its key and its title.
    public var index: SurveyIndex
    /// Whether the scales were declared in the codebook (false: the PAL areas by default).
    public var declaresScales: Bool

    /// Creates a PAL codebook (the six PAL areas and the PAL index) and checks it.
    ///
    /// - Throws: `DataError` naming the codebook line of the offending item.
    public init(instrument: String, items: [CodebookItem], source: String? = nil) throws {
        try self.init(instrument: instrument, scales: SurveyArea.pal, index: .pal, items: items, source: source,
                      declaresScales: false)
    }

    /// Creates a codebook with its own scales and index, and checks it: unique, usable item and scale ids, every
    /// item on a declared scale, the index on declared scales, and one response scale shared by every item.
    ///
    /// - Throws: `DataError` naming the codebook line of the offending item.
    public init(instrument: String, scales: [SurveyArea], index: SurveyIndex, items: [CodebookItem],
                source: String? = nil, declaresScales: Bool = true) throws {
        self.instrument = instrument
        self.items = items
        self.source = source
        self.scales = scales
        self.index = index
        self.declaresScales = declaresScales
        try validate()
        try validateScales()
    }

    /// The scales the codebook has items for, in the codebook's order.
    public var areas: [SurveyArea] {
        scales.filter { area in items.contains { $0.area == area } }
    }

    /// The scales the main index averages (those of `index.scaleIDs`, or every scored scale), in codebook order.
    public var indexAreas: [SurveyArea] {
        index.scaleIDs.isEmpty ? areas : areas.filter { index.scaleIDs.contains($0.rawValue) }
    }

    /// The main index as a measure.
    public var indexMeasure: SurveyMeasure { .index(index) }

    /// A sentence for the analyst when the codebook has no items for some scale its main index averages (nil when
    /// it has items for all of them): the index is then the mean of fewer scales, which is not the survey's
    /// published index.
    public var missingAreasNote: String? {
        let named = declaresScales ? (index.scaleIDs.isEmpty ? scales : scales.filter { index.scaleIDs.contains($0.rawValue) })
            : SurveyArea.pal
        let missing = named.filter { !areas.contains($0) }
        let kept = named.count - missing.count
        guard !missing.isEmpty, kept > 0 else { return nil }
        let whole = index == .pal || index.key == PartnershipIndex.key ? "PAL areas" : "scales it averages"
        return "the codebook has no items for \(missing.map(\.rawValue).joined(separator: ", ")), so \(index.key) "
            + "is the mean of the other \(kept) areas, not of all \(named.count) \(whole)"
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

    private func validateScales() throws {
        var seen = Set<String>()
        for scale in scales {
            guard Codebook.isUsableID(scale.rawValue) else {
                throw DataError("scale id '\(scale.rawValue)' cannot be a column name; use letters, digits and '_', "
                                + "starting with a letter", at: CellLocation(file: source))
            }
            guard seen.insert(scale.rawValue).inserted else {
                throw DataError("scale id '\(scale.rawValue)' is declared twice; give every scale its own id",
                                at: CellLocation(file: source))
            }
        }
        let known = scales.map(\.rawValue).joined(separator: ", ")
        for item in items where !seen.contains(item.area.rawValue) {
            throw DataError("item '\(item.id)' is on scale '\(item.area.rawValue)', which the codebook does not declare; "
                            + "use one of: \(known)", at: CellLocation(file: source, line: item.line))
        }
        for id in index.scaleIDs where !seen.contains(id) {
            throw DataError("the index names scale '\(id)', which the codebook does not declare; use one of: \(known)",
                            at: CellLocation(file: source))
        }
        guard Codebook.isUsableID(index.key), !seen.contains(index.key) else {
            throw DataError("the index key '\(index.key)' must be a column name unlike every scale id",
                            at: CellLocation(file: source))
        }
    }

    /// Letters, digits and underscores, starting with a letter: safe as a CSV header and a formula term.
    static func isUsableID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return id.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
    }
}
