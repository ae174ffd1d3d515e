import Foundation
import Testing
import TestSupport

/// `scripts/debian-packages.txt` names every Debian package the build, the tests and the main job need: each header
/// `Sources/CLAPACK/shim.h` includes, each library its module map links and each program the tests run is owned
/// (`dpkg -S`) by a listed package or by a direct dependency of one.
@Suite struct DebianPackageListTests {
    static let root = Fixtures.repositoryRoot

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static func requirements() throws -> [PackageRequirement] {
        PackageRequirement.headers(inShim: try text("Sources/CLAPACK/shim.h"))
            + PackageRequirement.libraries(inModuleMap: try text("Sources/CLAPACK/module.modulemap"))
            + PackageRequirement.programs(ExternalProgram.all)
    }

    @Test func theSourcesNameWhatTheyNeed() throws {
        let names = try Self.requirements().map(\.description)
        #expect(names.contains("header lapack.h"))
        #expect(names.contains("header cblas.h"))
        #expect(names.contains("library lapack"))
        #expect(names.contains("library blas"))
        #expect(names.contains("program cmark-gfm"))
    }

    @Test func everyRequirementComesFromAListedPackage() throws {
        let list = DebianPackages.names(inList: try Self.text("scripts/debian-packages.txt"))
        #expect(!list.isEmpty)
        for requirement in try Self.requirements() {
            let problem = requirement.problem(installList: list)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    /// The check can fail: without `liblapacke-dev` (the package a fresh machine once lacked) it names `lapack.h`.
    @Test func aListWithoutLapackeIsCaught() throws {
        let list = DebianPackages.names(inList: try Self.text("scripts/debian-packages.txt"))
            .filter { $0 != "liblapacke-dev" }
        let lapack = try #require(try Self.requirements().first { $0.description == "header lapack.h" })
        let problem = try #require(lapack.problem(installList: list))
        #expect(problem.contains("liblapacke-dev"))
        #expect(problem.contains("lapack.h"))
    }

    @Test func theListFormatIsOneNameALine() {
        let text = "# comment\nliblapacke-dev    # lapack.h\n\n  cmark-gfm\n"
        #expect(DebianPackages.names(inList: text) == ["liblapacke-dev", "cmark-gfm"])
    }

    /// Tests start outside programs only through `ExternalProgram`, so `ExternalProgram.all` is the whole list.
    @Test func testsRunOutsideProgramsOnlyThroughExternalProgram() throws {
        let tests = Self.root.appendingPathComponent("Tests")
        let files = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        // The packaging tests themselves ask dpkg, which every Debian system has.
        let exempt = ["ExternalProgram.swift", "DebianPackages.swift", "DebianPackageListTests.swift"]
        for file in files where !exempt.contains(file.lastPathComponent) {
            let source = try String(contentsOf: file, encoding: .utf8)
            for folder in ["\"/usr/bin/", "\"/usr/local/bin/", "\"/bin/"] {
                #expect(!source.contains(folder), "\(file.lastPathComponent) names a program by path; add it to ExternalProgram")
            }
        }
    }

    /// The install script reads the same list, so there is one place to add a package.
    @Test func theInstallScriptReadsTheList() throws {
        let script = try Self.text("scripts/install-debian-packages")
        #expect(script.contains("debian-packages.txt"))
        let ci = try Self.text(".ci/run")
        #expect(ci.contains("debian-packages.txt"))
        #expect(ci.contains("apt-get remove"))
        #expect(ci.contains("scripts/install-debian-packages"))
        #expect(ci.contains("make test"))
    }
}
