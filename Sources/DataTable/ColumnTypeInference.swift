/// Decides whether a CSV column holds numbers or text, and converts its fields.
///
/// A column is numeric when every value that is not missing is a decimal number (see `DecimalNumber`); a column with
/// no values at all is numeric too (R reads it as logical `NA`, which behaves as a number). It is text when
/// - the caller asks for it (`CSVOptions.textColumns`),
/// - any value is a code with a leading zero (`01611190130229`): such codes are identifiers, and as numbers they
///   would lose the zero (R's `read.csv` makes the CDS code a number; we do not), or
/// - any value is not a number. When numbers are the majority, the first text value is remembered as a
///   `TextInNumericColumn`, so that using the column as a number fails at the cell to fix.
///
/// Missing values: a field is missing when, with surrounding spaces and tabs removed, it is empty or equals one of
/// `CSVOptions.missingTokens`. This holds for quoted fields too (`"NA"` is missing), as in R, where `na.strings`
/// apply to quoted fields. Unlike R, an empty text field is missing rather than the empty string.
/// Text values are kept exactly as written (not trimmed), as R does by default.
struct ColumnTypeInference {
    /// The file's UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The split records.
    let records: CSVRecords
    /// Missing-value tokens, trimmed, as UTF-8 bytes.
    let missingTokens: [[UInt8]]
    /// The file's name for locations.
    let source: String?

    /// What the reader learned about one column.
    struct Result {
        /// The values.
        var column: Column
        /// The first text value of a column that is mostly numbers.
        var strayText: TextInNumericColumn?
    }

    /// Reads column `index` (0-based) of every data record, as text when `forceText`.
    func column(_ index: Int, forceText: Bool) -> Result {
        let width = records.width
        let rowCount = records.count - 1
        var numbers: [Double?] = []
        var isNumeric = !forceText
        if isNumeric { numbers.reserveCapacity(rowCount) }
        var numericCount = 0
        var textCount = 0
        var firstText: (row: Int, span: FieldSpan)?
        var scratch: [UInt8] = []

        for row in 0..<rowCount {
            let span = records.fields[(row + 1) * width + index]
            let kind: CellKind
            if span.hasDoubledQuotes {
                scratch = unescaped(span)
                kind = scratch.withUnsafeBufferPointer { classify($0, 0, $0.count) }
            } else {
                kind = classify(bytes, span.start, span.end)
            }
            switch kind {
            case .missing:
                if isNumeric { numbers.append(nil) }
            case .number(let value):
                numericCount += 1
                if isNumeric { numbers.append(value) }
            case .code:
                // A code is a number to count, but it makes the whole column text without a stray cell to report.
                numericCount += 1
                isNumeric = false
            case .text:
                textCount += 1
                isNumeric = false
                if firstText == nil { firstText = (row, span) }
            }
        }
        if isNumeric { return Result(column: .numeric(numbers), strayText: nil) }

        var stray: TextInNumericColumn?
        if !forceText, let firstText, numericCount > textCount {
            stray = TextInNumericColumn(
                value: text(of: firstText.span),
                location: location(row: firstText.row, span: firstText.span, column: index),
                numericCount: numericCount, textCount: textCount)
        }
        return Result(column: .text(texts(index)), strayText: stray)
    }

    /// The column's fields as text, with missing values `nil`.
    private func texts(_ index: Int) -> [String?] {
        let width = records.width
        var values: [String?] = []
        values.reserveCapacity(records.count - 1)
        for row in 0..<(records.count - 1) {
            let span = records.fields[(row + 1) * width + index]
            let missing: Bool
            if span.hasDoubledQuotes {
                missing = unescaped(span).withUnsafeBufferPointer { isMissing($0, 0, $0.count) }
            } else {
                missing = isMissing(bytes, span.start, span.end)
            }
            values.append(missing ? nil : text(of: span))
        }
        return values
    }

    /// What one field holds.
    private enum CellKind {
        case missing
        case number(Double)
        case code
        case text
    }

    /// Classifies `buffer[start..<end]`; a number too large for a Double is text.
    private func classify(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CellKind {
        let (from, to) = Self.trimmed(buffer, start, end)
        if from == to || matchesMissingToken(buffer, from, to) { return .missing }
        switch DecimalNumber.shape(buffer, from, to) {
        case .notANumber:
            return .text
        case .codeWithLeadingZero:
            return .code
        case .number:
            guard let value = DecimalNumber.value(buffer, from, to) else { return .text }
            return .number(value)
        }
    }

    /// Whether `buffer[start..<end]` is a missing value.
    private func isMissing(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let (from, to) = Self.trimmed(buffer, start, end)
        return from == to || matchesMissingToken(buffer, from, to)
    }

    private func matchesMissingToken(_ buffer: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let length = to - from
        tokens: for token in missingTokens where token.count == length {
            for k in 0..<length where token[k] != buffer[from + k] { continue tokens }
            return true
        }
        return false
    }

    /// `start..<end` without surrounding spaces and tabs.
    static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var from = start, to = end
        while from < to && (buffer[from] == CSVRecordSplitter.space || buffer[from] == CSVRecordSplitter.tab) {
            from += 1
        }
        while to > from && (buffer[to - 1] == CSVRecordSplitter.space || buffer[to - 1] == CSVRecordSplitter.tab) {
            to -= 1
        }
        return (from, to)
    }

    /// The field's bytes with each doubled quote made single.
    private func unescaped(_ span: FieldSpan) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(span.end - span.start)
        var i = span.start
        while i < span.end {
            out.append(bytes[i])
            i += bytes[i] == CSVRecordSplitter.quote ? 2 : 1
        }
        return out
    }

    /// The field's value as a String, exactly as written (quotes undone).
    func text(of span: FieldSpan) -> String {
        if span.hasDoubledQuotes { return String(decoding: unescaped(span), as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
    }

    /// Where a field of a data row is in the file.
    private func location(row: Int, span: FieldSpan, column: Int) -> CellLocation {
        let record = row + 1
        let line = CSVRecordSplitter.line(of: span.start, recordLine: records.lines[record],
                                          recordByteStart: records.byteStarts[record], in: bytes)
        return CellLocation(file: source, line: line, column: column + 1)
    }
}
