import DataTable
import Foundation

/// How to read a fixed-width file.
public struct FixedWidthOptions: Sendable {
    /// Values that mean "missing" after trimming spaces; an all-blank field is always missing.
    public var missingTokens: Set<String>
    /// Character fields to parse as numbers as well (CDE types scores as Character); text in them is an error.
    public var numericFields: Set<String>
    /// The bytes' encoding.
    public var encoding: Encoding

    /// The text encodings CDE files come in.
    public enum Encoding: Sendable {
        /// Windows-1252 (CDE's text files): one byte per character.
        case windows1252
        /// UTF-8; field widths still count bytes.
        case utf8
    }

    /// The defaults: blank, `NA`, `N/A` and `*` are missing; Windows-1252.
    public init(extraMissingTokens: [String] = [], numericFields: Set<String> = [], encoding: Encoding = .windows1252) {
        missingTokens = Set(["", "NA", "N/A", "*"]).union(extraMissingTokens)
        self.numericFields = numericFields
        self.encoding = encoding
    }
}

/// Reads CDE fixed-width text files into a `DataTable`, one column per layout field.
///
/// Character fields stay text (trimmed; `CDS` keeps its leading zeros), numeric fields and `numericFields` are
/// parsed. Each line is one record; a line shorter than the record leaves its last fields missing (CDE files drop
/// trailing blanks), a line longer than the record with anything but blanks past the end is an error, because it
/// means the layout does not fit the file. Blank lines and a DOS end-of-file byte are skipped. Errors name
/// `FILE:LINE:COLUMN`, the column being the byte position in the line.
public enum FixedWidthReader {
    /// Reads the file at `path`.
    public static func read(file path: String, layout: RecordLayout,
                            options: FixedWidthOptions = FixedWidthOptions()) throws -> DataTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError("cannot read the file; check the path", at: CellLocation(file: path), kind: .missingFile)
        }
        return try read(bytes: Array(data), source: path, layout: layout, options: options)
    }

    /// Reads fixed-width bytes; `source` names them in error messages.
    public static func read(bytes: [UInt8], source: String? = nil, layout: RecordLayout,
                            options: FixedWidthOptions = FixedWidthOptions()) throws -> DataTable {
        // LF, CRLF and a lone CR all end a record (TextInput's rule for every text input).
        try InputLimits.checkLineLengths(bytes, source: source)
        let bytes = TextInput.unifyingLineEnds(bytes)
        let width = layout.recordWidth
        var texts: [[String?]] = Array(repeating: [], count: layout.fields.count)
        var lineNumbers: [Int] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = bytes[lineStart..<contentEnd]
            lineStart = lineEnd + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x1A }) { continue }
            if line.count > width, let extra = line.dropFirst(width).firstIndex(where: { $0 != 0x20 }) {
                throw DataError(
                    "the line is longer than the layout's \(width)-byte record (text at byte \(extra - line.startIndex + 1)); "
                        + "check that the layout is the one for this file's year and kind",
                    at: CellLocation(file: source, line: lineNumber, column: extra - line.startIndex + 1))
            }
            for (index, field) in layout.fields.enumerated() {
                let from = line.startIndex + field.start - 1
                let to = min(from + field.width, line.endIndex)
                let raw = from < to ? line[from..<to] : line[line.endIndex...]
                let text = decode(raw, options.encoding).trimmingCharacters(in: .whitespaces)
                texts[index].append(options.missingTokens.contains(text) ? nil : text)
            }
            lineNumbers.append(lineNumber)
        }
        var columns: [(name: String, values: Column)] = []
        for (index, field) in layout.fields.enumerated() {
            if field.type == .numeric || options.numericFields.contains(field.name) {
                var numbers: [Double?] = []
                numbers.reserveCapacity(texts[index].count)
                for (row, text) in texts[index].enumerated() {
                    guard let text else { numbers.append(nil); continue }
                    guard let number = parseNumber(text) else {
                        throw DataError(
                            "field \(field.name) (bytes \(field.start)-\(field.start + field.width - 1)) holds '\(text)', "
                                + "not a number; mark it as missing (--na '\(text)') or read the field as text",
                            at: CellLocation(file: source, line: lineNumbers[row], column: field.start))
                    }
                    numbers.append(number)
                }
                columns.append((field.name, .numeric(numbers)))
            } else {
                columns.append((field.name, .text(texts[index])))
            }
        }
        var table = try DataTable(columns: columns, source: source)
        table.sourceLines = lineNumbers
        return table
    }

    private static func decode(_ bytes: ArraySlice<UInt8>, _ encoding: FixedWidthOptions.Encoding) -> String {
        switch encoding {
        case .windows1252: return Windows1252.decode(bytes)
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A decimal number as CDE writes one (`812`, `-3`, `1.72`, `+5`); `nan`, `inf` and hex are not numbers here.
    static func parseNumber(_ text: String) -> Double? {
        guard !text.isEmpty,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") })
        else { return nil }
        return Double(text)
    }
}
