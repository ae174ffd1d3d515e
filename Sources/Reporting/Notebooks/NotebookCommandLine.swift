/// Splits a notebook command line into arguments the way a POSIX shell would, without running a shell.
///
/// Written here rather than handed to `/bin/sh`: a notebook must mean the same thing on every machine, and a shell
/// would add globbing, pipes, command substitution and the user's environment. What is kept is what a reader expects
/// from a command line: words separated by spaces, `'single quotes'` taken literally, `"double quotes"` in which
/// `\"`, `\\` and `\$` are escapes, a backslash outside quotes escaping the next character, and the notebook's own
/// variables (`$FILES`, `${WORK}`) expanded outside single quotes. Any other `$NAME` is an error rather than an empty
/// string, so a typo cannot silently become a path such as `/abc.csv`.
public enum NotebookCommandLine {
    /// The arguments of `line`, with `variables` (name -> value) expanded.
    ///
    /// - Throws: `NotebookError` at `source:line` for an unclosed quote or an unknown variable.
    public static func split(_ line: String, variables: [String: String], source: String?, lineNumber: Int) throws -> [String] {
        var arguments: [String] = []
        var current = ""
        var inWord = false
        var characters = Array(line)[...]
        func fail(_ message: String) -> NotebookError {
            NotebookError(source: source, line: lineNumber, message: message)
        }
        /// Expands the variable whose name starts `characters` (the `$` already read); returns nil if `$` is literal.
        func variable() throws -> String? {
            if characters.first == "{" {
                guard let close = characters.firstIndex(of: "}") else {
                    throw fail("'${' is never closed by '}'; write ${FILES} or ${WORK}")
                }
                let name = String(characters[characters.index(after: characters.startIndex)..<close])
                characters = characters[characters.index(after: close)...]
                return try value(of: name)
            }
            let name = String(characters.prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) })
            guard let first = name.first, !first.isNumber else { return nil }
            characters = characters.dropFirst(name.count)
            return try value(of: name)
        }
        func value(of name: String) throws -> String {
            guard let value = variables[name] else {
                let known = variables.keys.sorted().map { "$" + $0 }.joined(separator: ", ")
                throw fail("unknown variable '$\(name)' in a notebook command; the variables are \(known) "
                           + "(write \\$ or '$' for a literal dollar sign)")
            }
            return value
        }

        while let character = characters.popFirst() {
            switch character {
            case " ", "\t", "\r":
                if inWord { arguments.append(current) }
                current = ""
                inWord = false
            case "'":
                inWord = true
                guard let close = characters.firstIndex(of: "'") else {
                    throw fail("a single quote is never closed; add the closing '")
                }
                current += String(characters[..<close])
                characters = characters[characters.index(after: close)...]
            case "\"":
                inWord = true
                var closed = false
                while let inner = characters.popFirst() {
                    if inner == "\"" {
                        closed = true
                        break
                    }
                    if inner == "\\", let next = characters.first, "\"\\$".contains(next) {
                        current.append(next)
                        characters = characters.dropFirst()
                    } else if inner == "$", let expanded = try variable() {
                        current += expanded
                    } else {
                        current.append(inner)
                    }
                }
                guard closed else { throw fail("a double quote is never closed; add the closing \"") }
            case "\\":
                inWord = true
                if let next = characters.popFirst() { current.append(next) } else { current.append("\\") }
            case "$":
                inWord = true
                if let expanded = try variable() { current += expanded } else { current.append("$") }
            default:
                inWord = true
                current.append(character)
            }
        }
        if inWord { arguments.append(current) }
        return arguments
    }
}
