import Foundation
import TestSupport

/// What the packaging tests ask of Debian's package database (`dpkg -S`, `dpkg-query`).
enum DebianPackages {
    /// The package names of an install list in the form of `scripts/debian-packages.txt` (one a line, `#` comments).
    static func names(inList text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let name = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
    }

    /// The installed package that owns `path`, following symbolic links (Debian's alternatives put unowned links
    /// such as `/usr/include/x86_64-linux-gnu/cblas.h` in front of the owned file), or nil when none owns it.
    static func owner(of path: String) -> String? {
        var current = path
        for _ in 0..<16 {
            for candidate in mergedUsrVariants(of: current) {
                if let owner = dpkgOwner(candidate) { return owner }
            }
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return nil }
            current = target.hasPrefix("/")
                ? target
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).standardized.path
        }
        return nil
    }

    /// The packages an installed package depends on directly, every alternative of an `a | b` included.
    static func directDependencies(of package: String) -> Set<String> {
        guard let result = try? run("/usr/bin/dpkg-query", ["-W", "-f=${Depends},${Pre-Depends}", package]),
              result.status == 0 else { return [] }
        let names = result.output.split(whereSeparator: { $0 == "," || $0 == "|" }).compactMap { clause -> String? in
            let word = clause.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            let name = word.split(separator: ":").first.map(String.init) ?? ""
            return name.isEmpty ? nil : name
        }
        return Set(names)
    }

    /// `/usr/lib/...` and `/lib/...` name one file on a merged-/usr system, but dpkg knows it by one of them only.
    private static func mergedUsrVariants(of path: String) -> [String] {
        for prefix in ["/usr/lib/", "/usr/bin/", "/usr/sbin/"] where path.hasPrefix(prefix) {
            return [path, String(path.dropFirst("/usr".count))]
        }
        for prefix in ["/lib/", "/bin/", "/sbin/"] where path.hasPrefix(prefix) { return [path, "/usr" + path] }
        return [path]
    }

    /// `dpkg -S PATH`'s package for exactly that path, without its architecture.
    private static func dpkgOwner(_ path: String) -> String? {
        guard let result = try? run("/usr/bin/dpkg", ["-S", path]), result.status == 0 else { return nil }
        for line in result.output.split(separator: "\n") where !line.hasPrefix("diversion ") {
            guard let colon = line.range(of: ": ") else { continue }
            guard String(line[colon.upperBound...]) == path else { continue }
            let packages = line[..<colon.lowerBound].split(separator: ",")
            let first = packages.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return first.split(separator: ":").first.map(String.init)
        }
        return nil
    }

    /// Runs a program and collects its standard output.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
