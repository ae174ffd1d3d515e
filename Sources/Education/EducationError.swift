import DataTable

/// The name Education uses for `PartnershipError`, the library's one error type.
public typealias EducationError = PartnershipError
