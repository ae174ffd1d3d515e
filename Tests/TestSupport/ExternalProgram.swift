import Foundation

/// A program from outside the package that the tests run, such as `cmark-gfm`.
///
/// Every test that starts an outside program finds it here, so the packaging test can check that each one comes from a
/// Debian package that `scripts/debian-packages.txt` installs.
public struct ExternalProgram: Sendable, CustomStringConvertible {
    /// The program's file name, as on `PATH`.
    public let name: String

    /// Every outside program the tests run; add new ones here.
    public static let all: [ExternalProgram] = [.cmarkGFM, .rsvgConvert]

    /// GitHub's Markdown renderer (Debian's `cmark-gfm`), which tests read reports and notebooks with.
    public static let cmarkGFM = ExternalProgram(name: "cmark-gfm")

    /// librsvg's SVG renderer (Debian's `librsvg2-bin`), which tests draw sociograms with.
    public static let rsvgConvert = ExternalProgram(name: "rsvg-convert")

    /// A program called `name`.
    public init(name: String) { self.name = name }

    /// The program's name.
    public var description: String { name }

    /// The first executable `name` on `PATH` (then `/usr/local/bin`, `/usr/bin`), or nil when there is none.
    public func location() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The program's location, or an error that says how to install it.
    public func path() throws -> URL {
        guard let url = location() else { throw Missing(program: name) }
        return url
    }

    /// The program is not installed.
    public struct Missing: Error, CustomStringConvertible {
        /// The program's name.
        public let program: String
        /// What to do.
        public var description: String {
            "\(program) is not installed: run scripts/install-debian-packages (.ci/run does)"
        }
    }
}
