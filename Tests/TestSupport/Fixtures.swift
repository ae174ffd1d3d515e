import Foundation

/// Locates the files tests read: the repository's `data/` and `Tests/Fixtures/`.
public enum Fixtures {
    /// The repository's root folder (found from this source file's path, so tests run from any directory).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `Tests/Fixtures/`.
    public static func fixture(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
    }

    /// A file under `data/` (what the package ships).
    public static func shipped(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent("data").appendingPathComponent(relativePath)
    }
}

/// Relative agreement as the reference README defines it: relative error `rel`, or absolute `abs` near zero.
public func agrees(_ actual: Double, _ expected: Double, relative rel: Double = 1e-8, absolute abs: Double = 1e-10) -> Bool {
    if actual == expected { return true }
    if actual.isNaN || expected.isNaN { return false }
    let difference = Swift.abs(actual - expected)
    return difference <= abs || difference <= rel * Swift.abs(expected)
}

/// Number of correct significant digits of `actual` against `certified` (LRE, as NIST's StRD papers use it).
public func correctDigits(_ actual: Double, _ certified: Double) -> Double {
    if actual == certified { return 16 }
    if certified == 0 { return min(16, -log10(Swift.abs(actual))) }
    return min(16, -log10(Swift.abs(actual - certified) / Swift.abs(certified)))
}
