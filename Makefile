# The two quick-start commands of README.md. Both install the Debian packages the package needs when missing.
.PHONY: report test bench deps

deps:
	@scripts/install-debian-packages

# The main job: the board report on the data the package ships (report/report.md and its SVG figures).
report: deps
	swift run partnership report

# The whole test suite (CI runs exactly this through .ci/run).
test: deps
	swift test

# The release-mode benchmark of issue 2 (OLS + HC3 on 1,000,000 x 50 and on the statewide API file).
bench: deps
	swift run -c release partnership-bench
