import DataTable
import Foundation
import Reporting

/// Runs a Markdown notebook's command lines and writes the rendered notebook with its files, all or nothing.
///
/// **Each command line runs as a child process of the `partnership` executable**, with the notebook's folder as its
/// working folder, rather than in this process. That way a line means exactly what the same line typed in a shell in
/// that folder means: relative paths resolve against the notebook's folder (so a notebook and the data it names can
/// move together), standard output is the inserted Markdown, standard error and the exit code are the command's own,
/// and every subcommand works in a notebook unchanged, without knowing notebooks exist. Doing it in-process would
/// mean changing the process's working folder and standard output (global state, unsafe while tests run in parallel)
/// or teaching every command a path resolver and an output sink. The cost, a process start per line, is a few
/// milliseconds.
///
/// Files: `$FILES` in a command line is a folder that becomes `NAME_files/` beside the rendered `NAME.md` (figures and
/// tables the reader should see, linked relatively); `$WORK` is a scratch folder deleted when the render ends. While
/// the render runs, `$FILES` is a hidden staging folder; only when every command has succeeded does it replace
/// `NAME_files/` and is `NAME.md` written (atomically). A failing command leaves both as they were. Paths of these
/// folders in a command's output are shown as `NAME_files` and `$WORK`, so the rendered bytes do not depend on
/// where the render ran.
struct NotebookRenderer {
    /// The notebook, as the user named it (used in messages).
    var notebookPath: String
    /// The rendered notebook to write.
    var outputPath: String
    /// The `partnership` executable that runs the command lines.
    var executable: URL

    /// What a render did.
    struct Summary {
        /// Command lines run.
        var commands: Int
        /// Files left in the files folder.
        var files: Int
        /// The files folder, as a path beside the output.
        var filesFolder: String
    }

    /// Renders the notebook and writes the output.
    ///
    /// - Throws: `CommandError` (66: no notebook; 64: a line runs `render`), `NotebookError` (65: malformed
    ///   notebook), or a `CommandError` carrying a failing command's own exit code, with `NOTEBOOK:LINE` in the message.
    func render() throws -> Summary {
        let notebookURL = URL(fileURLWithPath: notebookPath).standardizedFileURL
        let notebook = try readNotebook(at: notebookURL)
        let folders = RenderFolders(outputPath: outputPath)
        let fileManager = FileManager.default
        let createdFolders = try createFolder(folders.output)
        Leftovers.removeDead(in: folders.output.path)
        Leftovers.removeDead(in: fileManager.temporaryDirectory.path)
        var succeeded = false
        defer {
            try? fileManager.removeItem(at: folders.workRoot)
            try? fileManager.removeItem(at: folders.staging)
            if !succeeded {
                // Folders made for the output go again, innermost first, if nothing else was put in them.
                for folder in createdFolders.reversed()
                where (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                    try? fileManager.removeItem(at: folder)
                }
            }
        }
        try folders.create(outputPath: outputPath)
        var commands = 0
        let rendered = try notebook.render { line, lineNumber in
            try runLine(line, lineNumber: lineNumber, folders: folders, notebookFolder: notebookURL.deletingLastPathComponent(),
                        count: &commands)
        }
        // Two renders to the same output take turns for the swap, so neither finds the other's files half-moved.
        let files = try FolderLock.withLock(on: folders.output.path) {
            try install(rendered, to: folders.outputFile, staging: folders.staging, finalFiles: folders.finalFiles)
        }
        succeeded = true
        return Summary(commands: commands, files: files, filesFolder: folders.filesLink)
    }

    /// The notebook's text, parsed; refuses a missing, unreadable or non-UTF-8 notebook, and a missing executable.
    func readNotebook(at notebookURL: URL) throws -> Notebook {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: notebookURL.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw CommandError(.missingInput, "\(notebookPath): no such notebook; check the path (the shipped notebooks are in notebooks-md/)")
        }
        guard fileManager.isReadableFile(atPath: notebookURL.path) else {
            throw CommandError(.missingInput, "\(notebookPath): the notebook cannot be read; check its permissions")
        }
        guard let text = try TextInput.read(file: notebookURL.path, windows1252: false) else {
            throw CommandError(.badData, "\(notebookPath): the notebook is not UTF-8 text; save it as UTF-8")
        }
        let notebook = try Notebook(text: text, source: notebookPath)
        guard fileManager.isExecutableFile(atPath: executable.path) else {
            throw CommandError(.internalError, "cannot run the notebook's commands: \(executable.path) is not an executable; "
                               + "please report it with the command you ran")
        }
        return notebook
    }

    /// Runs one command line of the notebook and returns its output, with the render's folders shown by name.
    func runLine(_ line: String, lineNumber: Int, folders: RenderFolders, notebookFolder: URL,
                 count commands: inout Int) throws -> String {
        var arguments = try NotebookCommandLine.split(line, variables: folders.variables, source: notebookPath,
                                                      lineNumber: lineNumber)
        if arguments.first == "partnership" { arguments.removeFirst() }
        guard let subcommand = arguments.first else { return "" }
        try checkSubcommand(subcommand, lineNumber: lineNumber)
        commands += 1
        let result = try runChild(arguments, in: notebookFolder, environment: folders.childEnvironment(),
                                  errorFile: folders.workRoot.appendingPathComponent("stderr-\(commands).txt"))
        guard result.status == 0 else {
            let message = folders.shown(result.message.isEmpty ? "it exited with status \(result.status)" : result.message)
            let status = ExitStatus(rawValue: result.status) ?? .internalError
            throw CommandError(status == .success ? .internalError : status,
                               "\(notebookPath):\(lineNumber): partnership \(subcommand) failed: \(message)")
        }
        return folders.shown(result.output)
    }

    /// Refuses a first word that is no subcommand (ArgumentParser would say "Unknown option '--data'") and `render`.
    func checkSubcommand(_ subcommand: String, lineNumber: Int) throws {
        let known = PartnershipCommand.configuration.subcommands.map { $0._commandName } + ["help"]
        guard subcommand.hasPrefix("-") || known.contains(subcommand) else {
            throw CommandError(.usage, "\(notebookPath):\(lineNumber): '\(subcommand)' is not a partnership "
                               + "subcommand; use one of: \(known.filter { $0 != "render" }.joined(separator: ", "))")
        }
        guard subcommand != "render" else {
            throw CommandError(.usage, "\(notebookPath):\(lineNumber): a notebook cannot run 'render' (notebooks do "
                               + "not render other notebooks); render each notebook on its own")
        }
    }

    /// What a child process did.
    struct ChildResult {
        /// Its exit status (70 when it died of a signal).
        var status: Int32
        /// Its standard output.
        var output: String
        /// Its one-line error message, without `error: `.
        var message: String
    }

    /// Runs `partnership ARGUMENTS` in `folder` and collects its output.
    func runChild(_ arguments: [String], in folder: URL, environment: [String: String], errorFile: URL) throws -> ChildResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        // Standard error goes to a file, so a chatty command can never block on a full pipe while we read stdout.
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil),
              let errorHandle = FileHandle(forWritingAtPath: errorFile.path) else {
            throw CommandError(.internalError, "cannot create a temporary file for a command's messages at \(errorFile.path)")
        }
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        if let signal = RenderInterruption.interruptingSignal { throw RenderInterrupted(signal: signal) }
        do {
            try process.run()
        } catch {
            throw CommandError(.internalError, "cannot start \(executable.path): \(error.localizedDescription)")
        }
        RenderInterruption.started(process.processIdentifier)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        RenderInterruption.ended(process.processIdentifier)
        if let signal = RenderInterruption.interruptingSignal { throw RenderInterrupted(signal: signal) }
        let errors = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
        let lines = errors.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var message = lines.last(where: { $0.hasPrefix("error: ") }) ?? lines.last ?? ""
        if message.hasPrefix("error: ") { message.removeFirst("error: ".count) }
        let status: Int32 = process.terminationReason == .uncaughtSignal ? ExitStatus.internalError.rawValue
            : process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            message = "it crashed (signal \(process.terminationStatus))" + (message.isEmpty ? "" : ": " + message)
        }
        return ChildResult(status: status, output: String(decoding: data, as: UTF8.self), message: message)
    }

    /// Moves the staged files into place and writes the notebook; returns the number of files kept.
    ///
    /// The old files folder is set aside first and only deleted once the new notebook is written, so a failure here
    /// leaves the previous render whole.
    func install(_ rendered: String, to outputURL: URL, staging: URL, finalFiles: URL) throws -> Int {
        let fileManager = FileManager.default
        let staged = (try? fileManager.subpathsOfDirectory(atPath: staging.path)) ?? []
        let fileCount = staged.filter { path in
            var isFolder: ObjCBool = false
            return fileManager.fileExists(atPath: staging.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.count
        let previous = URL(fileURLWithPath: Leftovers.stagingName(for: finalFiles.path, marker: ".previous-"))
        let hadPrevious = fileManager.fileExists(atPath: finalFiles.path)
        do {
            if hadPrevious { try fileManager.moveItem(at: finalFiles, to: previous) }
            if !staged.isEmpty { try fileManager.moveItem(at: staging, to: finalFiles) }
        } catch {
            if hadPrevious, !fileManager.fileExists(atPath: finalFiles.path) { try? fileManager.moveItem(at: previous, to: finalFiles) }
            throw CommandError(.internalError, "cannot move the rendered files into \(finalFiles.path): \(error.localizedDescription)")
        }
        do {
            try AtomicOutput.write(rendered, to: outputURL.path)
        } catch {
            try? fileManager.removeItem(at: finalFiles)
            if hadPrevious { try? fileManager.moveItem(at: previous, to: finalFiles) }
            throw error
        }
        if hadPrevious { try? fileManager.removeItem(at: previous) }
        return fileCount
    }

    /// Creates `folder` and any missing parents; returns the folders it created, outermost first.
    func createFolder(_ folder: URL) throws -> [URL] {
        let fileManager = FileManager.default
        var missing: [URL] = []
        var current = folder
        while !fileManager.fileExists(atPath: current.path), current.path != "/" {
            missing.insert(current, at: 0)
            current = current.deletingLastPathComponent()
        }
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandError(.internalError, "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        return missing
    }
}
