import Foundation
import TestSupport

/// A file the package needs from the system: a header `Sources/CLAPACK/shim.h` includes, a library the module map
/// links, or a program the tests run.
struct PackageRequirement: CustomStringConvertible {
    /// What kind of file it is.
    enum Kind: String { case header, library, program }

    /// What kind of file it is.
    let kind: Kind
    /// The name the source uses (`lapack.h`, `lapack`, `cmark-gfm`).
    let name: String
    /// Where it was found on this machine, or nil when it is not there.
    let path: String?

    var description: String { "\(kind.rawValue) \(name)" }

    /// This machine's Debian multiarch triplet (`x86_64-linux-gnu`).
    static var multiarch: String {
        var info = utsname()
        uname(&info)
        let machine = withUnsafeBytes(of: &info.machine) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        return "\(machine)-linux-gnu"
    }

    /// The headers `shim.h` includes (`#include <name>` lines), found where the C compiler looks first.
    static func headers(inShim text: String) -> [PackageRequirement] {
        let folders = ["/usr/local/include", "/usr/include/\(multiarch)", "/usr/include"]
        return captures(of: #"#\s*include\s*[<"]([^>"]+)[>"]"#, in: text).map { name in
            PackageRequirement(kind: .header, name: name, path: firstExisting(name, in: folders))
        }
    }

    /// The libraries a module map links (`link "name"` lines), as the linker finds `libNAME.so`.
    static func libraries(inModuleMap text: String) -> [PackageRequirement] {
        let folders = ["/usr/local/lib", "/usr/lib/\(multiarch)", "/lib/\(multiarch)", "/usr/lib", "/lib"]
        return captures(of: #"link\s+"([^"]+)""#, in: text).map { name in
            PackageRequirement(kind: .library, name: name, path: firstExisting("lib\(name).so", in: folders))
        }
    }

    /// The outside programs the tests run.
    static func programs(_ programs: [ExternalProgram]) -> [PackageRequirement] {
        programs.map { PackageRequirement(kind: .program, name: $0.name, path: $0.location()?.path) }
    }

    /// Why this requirement is not covered by the install list `packages`, or nil when it is: its owning package
    /// must be on the list, or be a direct dependency of a package on it.
    func problem(installList packages: [String]) -> String? {
        guard let path else {
            return "\(self) is not on this machine: run scripts/install-debian-packages, or add its package to scripts/debian-packages.txt"
        }
        guard let owner = DebianPackages.owner(of: path) else {
            return "\(self) (\(path)) belongs to no Debian package: install it from Debian and list that package"
        }
        if packages.contains(owner) { return nil }
        if packages.contains(where: { DebianPackages.directDependencies(of: $0).contains(owner) }) { return nil }
        return "\(self) (\(path)) comes from Debian package \(owner), which scripts/debian-packages.txt does not list"
    }

    private static func firstExisting(_ name: String, in folders: [String]) -> String? {
        folders.map { "\($0)/\(name)" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    private static func captures(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
