import Foundation

/// Keeps synthetic data labelled as synthetic in every file made from it.
///
/// The project's rule: simulated data carry "synthetic" in their file name, and so does anything derived from them
/// (scores of a synthetic survey, a merge that includes them), so that no one mistakes them for a real survey.
enum SyntheticLabel {
    /// Whether the file at `path` is synthetic by name.
    static func isSynthetic(_ path: String) -> Bool {
        URL(fileURLWithPath: path).lastPathComponent.lowercased().contains("synthetic")
    }

    /// Throws a usage error when `output` (given with `option`) does not say "synthetic" although it is made from
    /// the synthetic `input`. Output to standard output (`output` nil) passes; call `noteStandardOutput` once the
    /// run has succeeded, so a failing run prints its one `error:` line and nothing else.
    static func requireLabel(output: String?, option: String, madeFrom input: String) throws {
        guard isSynthetic(input), let output else { return }
        guard isSynthetic(output) else {
            let name = URL(fileURLWithPath: output).lastPathComponent
            throw CommandError(.usage, "\(option) '\(output)': it is made from the synthetic \(input), so its file name "
                + "must contain 'synthetic' too (for example \(suggestedName(name)))")
        }
    }

    /// After a successful run that wrote to standard output (`output` nil): a note on standard error that the
    /// output is synthetic when `input` is.
    static func noteStandardOutput(output: String?, madeFrom input: String) {
        guard isSynthetic(input), output == nil else { return }
        FileHandle.standardError.write(Data("note: \(input) is synthetic; so is this output\n".utf8))
    }

    /// `scores.csv` -> `scores-synthetic.csv`.
    static func suggestedName(_ name: String) -> String {
        let url = URL(fileURLWithPath: name)
        let stem = url.deletingPathExtension().lastPathComponent
        return url.pathExtension.isEmpty ? stem + "-synthetic" : "\(stem)-synthetic.\(url.pathExtension)"
    }
}
