import Reporting

extension NotebookError: ClassifiedError {
    /// A notebook that cannot be read as one (an unclosed block or quote, an unknown variable) is malformed input,
    /// like a CSV with a broken row: 65. A command inside that fails keeps its own code (see `NotebookRenderer`).
    public var exitStatus: ExitStatus { .badData }
}

extension PowerStudyError: ClassifiedError {
    /// Unusable study settings are a problem with how the command was asked for: 64.
    public var exitStatus: ExitStatus { .usage }
}
