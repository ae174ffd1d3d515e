import ArgumentParser
import DataTable
import Foundation

/// The exit codes DESIGN.md promises (BSD `sysexits` values).
public enum ExitStatus: Int32, Sendable {
    /// Success.
    case success = 0
    /// The command was used wrongly: bad option, formula that does not parse, unknown column.
    case usage = 64
    /// The input data cannot be used as they are.
    case badData = 65
    /// An input file does not exist or cannot be read.
    case missingInput = 66
    /// A bug or an unexpected failure inside the tool.
    case internalError = 70
}

/// An error a command raises itself, already classified.
public struct CommandError: Error, CustomStringConvertible, Sendable {
    /// Which exit code it leads to.
    public var status: ExitStatus
    /// The one-line message (without the `error: ` prefix).
    public var message: String

    /// Creates a classified error.
    public init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Types whose errors know their own exit status (each module's error types conform in this module).
public protocol ClassifiedError: Error, CustomStringConvertible {
    /// The exit code this error leads to.
    var exitStatus: ExitStatus { get }
}

extension CommandError: ClassifiedError {
    /// The status it was created with.
    public var exitStatus: ExitStatus { status }
}

extension PartnershipError: ClassifiedError {
    /// The one place the library's error kinds become exit codes (DESIGN.md): 64 usage, 65 bad data, 66 a missing
    /// input file, 70 an output that cannot be written (not a problem with the input).
    public var exitStatus: ExitStatus {
        switch kind {
        case .usage: return .usage
        case .badData: return .badData
        case .missingFile: return .missingInput
        case .cannotWrite: return .internalError
        }
    }
}

/// Runs the command line and returns the exit code, writing errors to standard error as one line
/// (`error: FILE:LINE:COLUMN: what is wrong, and what to do`).
public func runPartnership(_ arguments: [String]) -> Int32 {
    runPartnership(arguments, reportError: writeError)
}

/// Runs the command line, handing each one-line error message (without `error: `) to `reportError`; tests use this to
/// check messages without touching the process's standard error.
public func runPartnership(_ arguments: [String], reportError: (String) -> Void) -> Int32 {
    // The contract is one line per error, whatever the message holds.
    func writeError(_ message: String) {
        reportError(message.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
    var command: ParsableCommand
    do {
        command = try PartnershipCommand.parseAsRoot(arguments)
    } catch {
        // ArgumentParser's own outcomes: help and version requests exit 0 with text on stdout; anything else is usage.
        if PartnershipCommand.exitCode(for: error) == .success {
            print(PartnershipCommand.fullMessage(for: error))
            return ExitStatus.success.rawValue
        }
        let message = PartnershipCommand.message(for: error)
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
        writeError("\(firstLine) (see 'partnership help')")
        return ExitStatus.usage.rawValue
    }
    do {
        try command.run()
        return ExitStatus.success.rawValue
    } catch let error as ClassifiedError {
        writeError(error.description)
        return error.exitStatus.rawValue
    } catch let error as ValidationError {
        writeError(error.message)
        return ExitStatus.usage.rawValue
    } catch {
        // A root command without a subcommand "fails" with a help request; ArgumentParser knows its own errors.
        let code = PartnershipCommand.exitCode(for: error)
        if code == .success {
            print(PartnershipCommand.fullMessage(for: error))
            return ExitStatus.success.rawValue
        }
        if code == .validationFailure {
            writeError(PartnershipCommand.message(for: error))
            return ExitStatus.usage.rawValue
        }
        writeError("internal error: \(error); please report it with the command you ran")
        return ExitStatus.internalError.rawValue
    }
}

/// Writes `error: message` to standard error (`message` is already one line).
func writeError(_ message: String) {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
}
