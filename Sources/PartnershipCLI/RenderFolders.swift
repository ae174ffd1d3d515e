import Foundation
import Reporting

/// The folders of one render: the output, the files folder it will replace, the hidden staging folder the commands
/// write `$FILES` into, and the scratch `$WORK` folder.
struct RenderFolders {
    /// The rendered notebook to write.
    let outputFile: URL
    /// The folder the rendered notebook goes in.
    let output: URL
    /// `NAME_files/` beside the rendered notebook.
    let finalFiles: URL
    /// Where `$FILES` points while the render runs.
    let staging: URL
    /// The render's temporary root (deleted at the end); `scratch` is inside it.
    let workRoot: URL
    /// Where `$WORK` points.
    let scratch: URL
    /// The files folder as the rendered notebook links it.
    let filesLink: String

    init(outputPath: String) {
        outputFile = URL(fileURLWithPath: outputPath).standardizedFileURL
        output = outputFile.deletingLastPathComponent()
        let name = outputFile.deletingPathExtension().lastPathComponent
        finalFiles = output.appendingPathComponent(name + "_files")
        // The process id in the names lets a later run remove what a killed render left (Leftovers).
        let token = "\(getpid())-\(UUID().uuidString)"
        staging = output.appendingPathComponent(".\(name)_files.rendering-\(token)")
        workRoot = FileManager.default.temporaryDirectory.appendingPathComponent(Leftovers.renderScratchPrefix + token)
        scratch = workRoot.appendingPathComponent("work")
        filesLink = FigureOutput.relativePath(from: output.path, to: finalFiles.path)
    }

    /// Creates the staging and scratch folders.
    func create(outputPath: String) throws {
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw CommandError(.internalError, "cannot create the render's folders next to \(outputPath): \(error.localizedDescription)")
        }
    }

    /// The values of `$FILES` and `$WORK` in command lines.
    var variables: [String: String] { ["FILES": staging.path, "WORK": scratch.path] }

    /// `text` with the staging and scratch paths shown as `NAME_files` and `$WORK`, so rendered bytes do not depend
    /// on where the render ran.
    func shown(_ text: String) -> String {
        var text = text
        for (path, name) in [(staging.path, filesLink), (scratch.path, "$WORK")] {
            text = text.replacingOccurrences(of: path, with: name)
        }
        return text
    }

    /// The environment of a command line: where figures go and how they are linked.
    func childEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment[FigureOutput.linkBaseVariable] = output.path
        environment[FigureOutput.stagingVariable] = staging.path
        environment[FigureOutput.finalVariable] = finalFiles.path
        // One BLAS thread unless the user chose otherwise: notebook fits are small, OpenBLAS's idle threads spin and
        // slow them (see the benchmark README), and one thread keeps every sum in one order.
        if environment["OPENBLAS_NUM_THREADS"] == nil { environment["OPENBLAS_NUM_THREADS"] = "1" }
        return environment
    }
}
