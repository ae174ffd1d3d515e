import Foundation

/// How to read a delimited text file.
public struct CSVOptions: Sendable {
    /// Values that mean "missing" (compared after trimming surrounding spaces). Empty fields are always missing.
    ///
    /// They apply to quoted fields too (`"NA"` is missing), as R's `na.strings` do.
    public var missingTokens: Set<String>
    /// Columns to keep as text even when every value looks like a number (names not in the file are ignored, so one
    /// set of options can serve several files).
    public var textColumns: Set<String>
    /// The field separator: one ASCII character other than a quote or a line break.
    public var delimiter: Character

    /// The defaults: empty, `NA`, `N/A` and `*` are missing, plus any `extraMissingTokens` (the CLI's `--na`).
    public init(extraMissingTokens: [String] = [], textColumns: Set<String> = [], delimiter: Character = ",") {
        self.missingTokens = Set(["", "NA", "N/A", "*"]).union(extraMissingTokens)
        self.textColumns = textColumns
        self.delimiter = delimiter
    }
}

/// Reads CSV files into a `DataTable`.
///
/// What it accepts (details in `CSVRecordSplitter`, `ColumnTypeInference` and `DecimalNumber`):
/// - RFC 4180 CSV: a header row naming every column (names trimmed of surrounding spaces; an empty or repeated
///   name is an error), quoted fields with doubled quotes, delimiters and line breaks inside quotes, LF or CRLF
///   line ends, a last line with or without a line break, an optional UTF-8 byte-order mark.
/// - UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (CDE's files).
/// - Columns of numbers or text, with missing values (empty, `NA`, `N/A`, `*`, and the caller's tokens). Codes
///   with leading zeros, such as the 14-digit CDS code, stay text.
///
/// Every error is a `DataError` naming file, line and column.
///
/// Where it differs from R's `read.csv` (on purpose): an empty text field is missing, not `""`; missing tokens are
/// compared with surrounding spaces removed; digit codes with a leading zero stay text; hexadecimal numbers, `Inf`
/// and `NaN` are text; a row of the wrong width is an error rather than being filled or wrapped.
public enum CSVReader {
    /// Reads the file at `path`.
    ///
    /// - Throws: `DataError` (kind `.missingFile` when the file cannot be opened) naming file, line and column.
    public static func read(file path: String, options: CSVOptions = CSVOptions()) throws -> DataTable {
        let bytes = try readWholeFile(path)
        return try read(bytes: bytes, source: path, options: options)
    }

    /// Reads CSV text already in memory; `source` names it in error messages.
    public static func read(text: String, source: String? = nil, options: CSVOptions = CSVOptions()) throws -> DataTable {
        try read(bytes: Array(text.utf8), source: source, options: options)
    }

    /// Reads CSV bytes (UTF-8, or Windows-1252 if they are not valid UTF-8); `source` names them in error messages.
    public static func read(bytes: [UInt8], source: String? = nil, options: CSVOptions = CSVOptions()) throws -> DataTable {
        guard let delimiter = delimiterByte(options.delimiter) else {
            throw DataError(
                "the delimiter '\(options.delimiter)' cannot separate fields; "
                    + "use one ASCII character other than a quote or a line break, such as ',' or a tab",
                at: CellLocation(file: source))
        }
        // The splitter already ends records at LF, CRLF or CR, and keeps a quoted CRLF as the value's own bytes, so
        // only the shared line bound applies here (TextInput's unifying would change quoted values).
        let text = TextEncoding.utf8Bytes(from: bytes).bytes
        try InputLimits.checkLineLengths(text, source: source)
        return try text.withUnsafeBufferPointer { buffer in
            let records = try CSVRecordSplitter(delimiter: delimiter, source: source).split(buffer)
            try checkFieldLengths(records, source: source)
            return try makeTable(records: records, bytes: buffer, source: source, options: options)
        }
    }

    /// The table from split records: header names, then one typed column per header field.
    private static func makeTable(records: CSVRecords, bytes: UnsafeBufferPointer<UInt8>, source: String?,
                                  options: CSVOptions) throws -> DataTable {
        let tokens = Set(options.missingTokens.map { Array(trimmedToken($0).utf8) }).filter { !$0.isEmpty }
        let inference = ColumnTypeInference(bytes: bytes, records: records, missingTokens: Array(tokens),
                                            source: source)
        let names = try headerNames(records: records, inference: inference, source: source)

        var columns: [(name: String, values: Column)] = []
        columns.reserveCapacity(names.count)
        var stray: [String: TextInNumericColumn] = [:]
        for (index, name) in names.enumerated() {
            let result = inference.column(index, forceText: options.textColumns.contains(name))
            columns.append((name, result.column))
            if let found = result.strayText { stray[name] = found }
        }
        var table = try DataTable(columns: columns, source: source)
        table.sourceLines = Array(records.lines.dropFirst())
        table.textInNumericColumns = stray
        table.sourceColumns = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0 + 1) })
        return table
    }

    /// The header's column names, trimmed.
    ///
    /// - Throws: `DataError` at the header cell for an empty or repeated name.
    private static func headerNames(records: CSVRecords, inference: ColumnTypeInference,
                                    source: String?) throws -> [String] {
        let headerLine = records.lines[0]
        var names: [String] = []
        var firstColumn: [String: Int] = [:]
        for index in 0..<records.width {
            let name = trimmedToken(inference.text(of: records.fields[index]))
            let place = CellLocation(file: source, line: headerLine, column: index + 1)
            guard !name.isEmpty else {
                let hint = index == records.width - 1 && index > 0
                    ? " (a delimiter at the end of the header line makes an empty last name)" : ""
                throw DataError("column \(index + 1) has no name in the header\(hint); give every column a name",
                                at: place)
            }
            if let earlier = firstColumn[name] {
                throw DataError("the column name '\(name)' is used twice (columns \(earlier) and \(index + 1)); "
                                    + "rename one of them so each column has its own name",
                                at: place)
            }
            firstColumn[name] = index + 1
            names.append(name)
        }
        return names
    }

    /// Refuses a field longer than `InputLimits.fieldBytes` (a small check kept apart from the splitter).
    static func checkFieldLengths(_ records: CSVRecords, source: String?) throws {
        guard let index = records.fields.firstIndex(where: { $0.end - $0.start > InputLimits.fieldBytes }) else { return }
        let record = index / max(records.width, 1)
        throw DataError("the field is longer than \(InputLimits.fieldBytes >> 20) MiB, the most a CSV field may hold; "
                            + "check for a quote that is never closed",
                        at: CellLocation(file: source, line: records.lines[record], column: index % max(records.width, 1) + 1))
    }

    /// The ASCII byte of a usable delimiter.
    private static func delimiterByte(_ delimiter: Character) -> UInt8? {
        // `Character("\r\n").asciiValue` is 10, so check the scalars rather than trusting `asciiValue`.
        guard delimiter.unicodeScalars.count == 1, let byte = delimiter.asciiValue else { return nil }
        guard byte != CSVRecordSplitter.quote, byte != CSVRecordSplitter.lineFeed,
              byte != CSVRecordSplitter.carriageReturn else { return nil }
        return byte
    }

    /// `text` without surrounding spaces and tabs.
    static func trimmedToken(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

/// The whole file's bytes.
///
/// POSIX `open`/`read` rather than `Data(contentsOf:)`, to report the system's reason ("No such file or directory",
/// "Permission denied", "Is a directory") in the error. A free function because `CSVReader.read` would hide `read(2)`.
func readWholeFile(_ path: String) throws -> [UInt8] {
    func failure() -> DataError {
        let reason = String(cString: strerror(errno))
        return DataError("cannot open \(path): \(reason); check the path", kind: .missingFile)
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw failure() }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            throw failure()
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
}
