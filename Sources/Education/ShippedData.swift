import Foundation

/// The data files the package ships in its `data/` folder, and how a program finds them.
///
/// The folder is looked for, in order: the `PARTNERSHIP_DATA` environment variable, `data/` under the current
/// folder (running from the repository, as `make` and `swift run` do), and the repository this module was built
/// from. The first that holds the file wins; when none does, the path under the current folder is returned so the
/// "missing file" error names the place a user expects.
public enum ShippedData {
    /// The CDE 3-year average API file: every school's API and valid-score counts for 2011, 2012 and 2013.
    public static let growth2011to2013 = "api/ca-api-growth-2011-2013.csv"
    /// The reduced 2012 Base API file: MEALS, P_EL and other school characteristics, no CDS code.
    public static let base2012 = "api/ca-api-base-2012-reduced.csv"
    /// R `survey`'s `apipop` table (1999 and 2000).
    public static let apipop = "api/ca-api-1999-2000-apipop.csv"
    /// The record layout of CDE's 2012 Base API text file.
    public static let baseLayout2012 = "layouts/api-base-2012-record-layout.csv"
    /// Which fields each year's Base file has.
    public static let baseFieldsByYear = "layouts/api-base-fields-by-year.csv"
    /// Which fields each year's Growth file has.
    public static let growthFieldsByYear = "layouts/api-growth-fields-by-year.csv"

    /// The path of shipped file `relativePath` (such as `ShippedData.base2012`).
    public static func path(_ relativePath: String) -> String {
        let fileManager = FileManager.default
        var folders: [URL] = []
        if let configured = ProcessInfo.processInfo.environment["PARTNERSHIP_DATA"], !configured.isEmpty {
            folders.append(URL(fileURLWithPath: configured))
        }
        let local = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("data")
        folders.append(local)
        folders.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data"))
        for folder in folders {
            let candidate = folder.appendingPathComponent(relativePath).path
            if fileManager.fileExists(atPath: candidate) { return candidate }
        }
        return "data/" + relativePath
    }
}
