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
    /// the synthetic `input`; writing to standard output gets a note on standard error instead.
    static func requireLabel(output: String?, option: String, madeFrom input: String) throws {
        guard isSynthetic(input) else { return }
        guard let output else {
            FileHandle.standardError.write(Data("note: \(input) is synthetic; so is this output\n".utf8))
            return
        }
        guard isSynthetic(output) else {
            let name = URL(fileURLWithPath: output).lastPathComponent
            throw CommandError(.usage, "\(option) '\(output)': it is made from the synthetic \(input), so its file name "
                + "must contain 'synthetic' too (for example \(suggestedName(name)))")
        }
    }

    /// `scores.csv` -> `scores-synthetic.csv`.
    static func suggestedName(_ name: String) -> String {
        let url = URL(fileURLWithPath: name)
        let stem = url.deletingPathExtension().lastPathComponent
        return url.pathExtension.isEmpty ? stem + "-synthetic" : "\(stem)-synthetic.\(url.pathExtension)"
    }
}
