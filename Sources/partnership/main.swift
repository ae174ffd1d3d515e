import Foundation
import PartnershipCLI

exit(runPartnership(Array(CommandLine.arguments.dropFirst())))
