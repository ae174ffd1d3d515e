import Education

extension EducationError: ClassifiedError {
    /// 65 for bad data, 66 for a missing file, 64 for a request the files cannot meet (a year they lack, a
    /// malformed district code).
    public var exitStatus: ExitStatus {
        switch kind {
        case .badData: return .badData
        case .missingFile: return .missingInput
        case .badRequest: return .usage
        }
    }
}
