import ArgumentParser
import DataTable
import Education

/// `partnership import-api`: a CDE fixed-width API text file, read with its record layout, written as CSV.
public struct ImportAPICommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "import-api",
        abstract: "Read a CDE fixed-width API file with its record layout and write CSV.",
        discussion: """
            The layout is data: a CSV with field number, name, type, width and description (such as \
            data/layouts/api-base-2012-record-layout.csv), or the text table of CDE's layout page. Character fields \
            stay text (CDS codes keep their leading zeros), Numeric fields are parsed; blank, NA, N/A and * are \
            missing. The input may be Windows-1252 (CDE's encoding) or UTF-8; the CSV is UTF-8.

            Example:
              partnership import-api --input apiB12.txt \\
                --layout data/layouts/api-base-2012-record-layout.csv \\
                --output api-base-2012.csv
            """
    )

    /// The record layout.
    @Option(help: ArgumentHelp("Record layout (CSV: number,name,type,width,description; or CDE's text table).",
                               valueName: "file"))
    public var layout: String

    /// The fixed-width file.
    @Option(help: ArgumentHelp("The fixed-width CDE text file.", valueName: "file"))
    public var input: String

    /// The CSV to write.
    @Option(help: ArgumentHelp("Write the CSV here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Extra missing-value tokens.
    @Option(name: .customLong("na"), help: ArgumentHelp("Another value meaning 'missing' (repeatable).", valueName: "token"))
    public var missingTokens: [String] = []

    /// The input's encoding.
    @Option(help: "Encoding of the input: windows-1252 or utf-8.")
    public var encoding: FixedWidthEncodingChoice = .windows1252

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Reads the file and writes the CSV.
    public func run() throws {
        let recordLayout = try RecordLayout.read(file: layout)
        let options = FixedWidthOptions(extraMissingTokens: missingTokens,
                                        encoding: encoding == .utf8 ? .utf8 : .windows1252)
        let table = try FixedWidthReader.read(file: input, layout: recordLayout, options: options)
        try SchoolTableOutput.emit(CSVWriter().text(of: table), to: output)
    }
}

/// Encodings `import-api` reads.
public enum FixedWidthEncodingChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Windows-1252, CDE's encoding.
    case windows1252 = "windows-1252"
    /// UTF-8.
    case utf8 = "utf-8"
}
