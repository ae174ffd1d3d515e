import Foundation
import Reporting

/// Writes a figure and says how to link it from Markdown.
///
/// On its own a figure command links the file by the path it was given (right for Markdown saved in the current
/// folder). Inside `partnership render`, the renderer tells the command (through the environment variables below)
/// where the rendered notebook will live and where the files it writes will end up, so the link is relative to the
/// rendered notebook and survives the renderer's move of its files into place.
enum FigureOutput {
    /// The folder links are written relative to (the rendered notebook's folder), an absolute path.
    static let linkBaseVariable = "PARTNERSHIP_RENDER_LINK_BASE"
    /// The folder a render writes `$FILES` into while it runs, an absolute path.
    static let stagingVariable = "PARTNERSHIP_RENDER_FILES_STAGING"
    /// Where that folder ends up once the render succeeds, an absolute path.
    static let finalVariable = "PARTNERSHIP_RENDER_FILES_FINAL"

    /// Writes `svg` to `path` atomically and returns the Markdown that shows it: an image link, then the caption
    /// paragraph (`captionMarkdown` is Markdown already: callers escape the text they put in it).
    static func write(svg: String, to path: String, alt: String, captionMarkdown: String) throws -> String {
        try AtomicOutput.write(svg, to: path)
        return "![" + MarkdownText.escapeInline(alt) + "](" + linkDestination(for: path) + ")\n\n" + captionMarkdown + "\n"
    }

    /// The link to the file at `path`, percent-encoded for a Markdown link destination.
    static func linkDestination(for path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let base = environment[linkBaseVariable] else { return percentEncoded(path) }
        var absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let staging = environment[stagingVariable], let final = environment[finalVariable],
           absolute == staging || absolute.hasPrefix(staging + "/") {
            absolute = final + absolute.dropFirst(staging.count)
        }
        return percentEncoded(relativePath(from: base, to: absolute))
    }

    /// The path of `target` relative to the folder `base` (both absolute): `abc_files/fig.svg`, `../data/x.csv`.
    static func relativePath(from base: String, to target: String) -> String {
        let from = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.joined(separator: "/")
    }

    /// Percent-encodes everything but letters, digits, `-._~/`, so spaces and parentheses cannot end the link.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
                || "-._~/".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
