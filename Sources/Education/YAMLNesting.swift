import DataTable

/// A bound on how deeply a YAML text nests, checked on the text before a YAML library sees it.
///
/// The parser under Yams composes nested lists and mappings by recursion, so `[[[[...]]]]` a few thousand deep
/// overflows the stack and kills the process. The scan over-counts rather than under-counts: a line's depth is the
/// flow brackets (`[`, `{`) open outside quotes and comments, plus half the width of its prefix of indentation and
/// `- ` / `? ` indicators (block nesting needs at least that much prefix per level). A codebook nests 4 deep; the
/// bound is `InputLimits.nestingDepth`.
enum YAMLNesting {
    /// Throws when `text` nests deeper than `InputLimits.nestingDepth`.
    ///
    /// - Throws: `DataError` at the line and column where the bound is passed.
    static func check(_ text: String, source: String?) throws {
        var flowDepth = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let prefix = scalars.prefix { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "?" }.count
            try require(prefix / 2, line: index + 1, column: prefix, source: source)
            var quote: Unicode.Scalar?
            for (offset, scalar) in scalars.enumerated() {
                if let open = quote {
                    if scalar == open { quote = nil }
                    continue
                }
                switch scalar {
                case "#" where offset == 0 || scalars[offset - 1] == " " || scalars[offset - 1] == "\t":
                    break
                case "\"", "'":
                    quote = scalar
                    continue
                case "[", "{":
                    flowDepth += 1
                    try require(flowDepth + prefix / 2, line: index + 1, column: offset + 1, source: source)
                    continue
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    continue
                default:
                    continue
                }
                break  // a comment runs to the end of the line
            }
            quote = nil  // a quoted scalar spanning lines is rare in codebooks; each line is scanned on its own
        }
    }

    private static func require(_ depth: Int, line: Int, column: Int, source: String?) throws {
        guard depth > InputLimits.nestingDepth else { return }
        throw DataError("the YAML nests more than \(InputLimits.nestingDepth) levels deep, more than any codebook "
                            + "needs; check the brackets and indentation here",
                        at: CellLocation(file: source, line: line, column: column))
    }
}
