import Testing
@testable import PartnershipCLI
