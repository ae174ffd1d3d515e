/// Escaping rules for putting arbitrary text (term names, school names, notes) into CommonMark/GFM.
///
/// Reports are read in GitHub, editors and static-site tools: a school called "A|B" must not split a table cell, and a
/// note starting with "* p < 0.05" must not turn into a bullet list.
public enum MarkdownText {
    /// Escapes inline text so that it renders literally (emphasis, code, links, HTML and pipes are neutralized).
    public static func escapeInline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "$":
                out.append("\\")
                out.append(character)
            case "\n", "\r":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }

    /// Escapes text that starts a line, so it cannot open a list, heading, quote, code block or thematic break.
    public static func escapeLineStart(_ text: String) -> String {
        var escaped = escapeInline(text)
        // Leading spaces (4+ would start an indented code block) are not meaningful in our prose.
        while escaped.hasPrefix(" ") { escaped.removeFirst() }
        guard let first = escaped.first else { return escaped }
        if "+-=".contains(first) { return "\\" + escaped }
        // "1." or "1)" starts an ordered list.
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = escaped.dropFirst(digits.count).first, next == "." || next == ")" {
            let index = escaped.index(escaped.startIndex, offsetBy: digits.count)
            return String(escaped[..<index]) + "\\" + String(escaped[index...])
        }
        return escaped
    }

    /// Escapes a table cell: inline escaping plus pipes (already covered) and no line breaks.
    public static func escapeCell(_ text: String) -> String {
        escapeInline(text)
    }
}
