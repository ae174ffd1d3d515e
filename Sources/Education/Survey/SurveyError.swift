import DataTable

/// The name survey scoring uses for `PartnershipError`, the library's one error type.
public typealias SurveyError = PartnershipError
