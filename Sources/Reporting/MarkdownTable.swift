/// How a table column's text lines up.
public enum ColumnAlignment: Sendable {
    /// Left-aligned (text).
    case left
    /// Right-aligned (numbers).
    case right
    /// Centred.
    case center
}

/// A GitHub-flavoured Markdown pipe table whose cells are escaped, so any text renders in its own cell.
public struct MarkdownTable: Sendable {
    /// Column headers (plain text; escaped when rendered).
    public var headers: [String]
    /// Alignment per column.
    public var alignments: [ColumnAlignment]
    /// Rows of plain-text cells (escaped when rendered); each row has one cell per header.
    public var rows: [[String]]
    /// Cells that are already Markdown (e.g. `**bold**`) and must not be escaped, as (row, column) pairs.
    public var rawCells: Set<Cell> = []

    /// A (row, column) position in the table body.
    public struct Cell: Hashable, Sendable {
        /// Row index in `rows`.
        public var row: Int
        /// Column index.
        public var column: Int
        /// Creates a position.
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// Creates a table; alignments default to left for the first column and right for the rest.
    public init(headers: [String], alignments: [ColumnAlignment]? = nil, rows: [[String]] = []) {
        self.headers = headers
        self.alignments = alignments ?? headers.indices.map { $0 == 0 ? .left : .right }
        self.rows = rows
    }

    /// Appends a row of plain-text cells.
    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "a row needs \(headers.count) cells, got \(row.count)")
        rows.append(row)
    }

    /// The table as Markdown lines, columns padded for people reading the source.
    public func render() -> String {
        let body = rows.enumerated().map { r, row in
            row.enumerated().map { c, cell in
                rawCells.contains(Cell(row: r, column: c)) ? cell : MarkdownText.escapeCell(cell)
            }
        }
        let head = headers.map(MarkdownText.escapeCell)
        // An empty header cell is allowed by GFM, but some renderers drop the column: use a non-breaking space.
        let headCells = head.map { $0.isEmpty ? "\u{00A0}" : $0 }
        var widths = headCells.map { max(3, $0.count) }
        for row in body {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { c, cell -> String in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return alignments[c] == .right ? pad + cell : cell + pad
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = "|" + alignments.enumerated().map { c, alignment -> String in
            let dashes = String(repeating: "-", count: widths[c])
            switch alignment {
            case .left: return ":" + dashes + " "
            case .right: return " " + dashes + ":"
            case .center: return ":" + String(dashes.dropLast()) + "-:"
            }
        }.joined(separator: "|") + "|"
        return ([line(headCells), rule] + body.map(line)).joined(separator: "\n") + "\n"
    }
}
