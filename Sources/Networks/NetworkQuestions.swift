import DataTable

/// What a codebook says about a survey's network questions: the topics asked about and the frequency scale, with
/// labels, that tie values use.
///
/// A tie file checked against it may name only these topics, and its values must be points of the scale.
public struct NetworkQuestions: Sendable, Equatable {
    /// One topic ("With whom do you talk about ...?").
    public struct Topic: Sendable, Equatable {
        /// The key tie files use in their relation/topic column.
        public var key: String
        /// The question, as asked.
        public var text: String
        /// Creates a topic.
        public init(key: String, text: String) {
            self.key = key
            self.text = text
        }
    }

    /// The topics, in codebook order.
    public var topics: [Topic]
    /// The frequency scale: each value tie files may carry, with its label, ascending.
    public var frequencyScale: [(value: Double, label: String)]

    /// Creates a description.
    public init(topics: [Topic], frequencyScale: [(value: Double, label: String)]) {
        self.topics = topics
        self.frequencyScale = frequencyScale.sorted { $0.value < $1.value }
    }

    /// The topic keys.
    public var topicKeys: Set<String> { Set(topics.map(\.key)) }

    /// The label of a frequency value, if it is on the scale.
    public func label(of value: Double) -> String? { frequencyScale.first { $0.value == value }?.label }

    /// Equal when topics and scale are equal.
    public static func == (lhs: NetworkQuestions, rhs: NetworkQuestions) -> Bool {
        lhs.topics == rhs.topics && lhs.frequencyScale.map(\.value) == rhs.frequencyScale.map(\.value)
            && lhs.frequencyScale.map(\.label) == rhs.frequencyScale.map(\.label)
    }

    /// Reads a network-questions codebook (CSV with columns `kind,key,text`): rows of kind `topic` give a topic key
    /// and its question; rows of kind `frequency` give a scale value (a number) and its label.
    ///
    /// - Throws: `PartnershipError` (`.badData`, file:line:column) for another kind, a frequency that is not a
    ///   number, a repeated topic or value, or a codebook without topics.
    public init(file path: String) throws {
        let table = try CSVReader.read(file: path, options: CSVOptions(textColumns: ["kind", "key", "text"]))
        let kinds = try table.text("kind"), keys = try table.text("key"), texts = try table.text("text")
        var topics: [Topic] = [], scale: [(value: Double, label: String)] = []
        for row in 0..<table.rowCount {
            let key = keys[row] ?? "", text = texts[row] ?? ""
            switch kinds[row]?.lowercased() {
            case "topic":
                guard !topics.contains(where: { $0.key == key }), !key.isEmpty else {
                    throw PartnershipError("topic '\(key)' is empty or listed twice; give each topic one row",
                                           at: table.location(row: row, column: "key"))
                }
                topics.append(Topic(key: key, text: text))
            case "frequency":
                guard let value = Double(key), !scale.contains(where: { $0.value == value }) else {
                    throw PartnershipError("frequency '\(key)' is not a number or is listed twice; give each scale "
                                           + "point one row with a number", at: table.location(row: row, column: "key"))
                }
                scale.append((value, text))
            default:
                throw PartnershipError("kind '\(kinds[row] ?? "")' is neither topic nor frequency",
                                       at: table.location(row: row, column: "kind"))
            }
        }
        guard !topics.isEmpty else {
            throw PartnershipError("the network codebook lists no topics; add rows of kind 'topic'",
                                   at: CellLocation(file: path))
        }
        self.init(topics: topics, frequencyScale: scale)
    }
}
