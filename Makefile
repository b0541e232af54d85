# Makefile: the everyday targets, wrapping CMake. `make demo` and `make test`
# are the two commands of the README's quick start.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: docs tables all build deps deps-test demo test check-asan check-valgrind fuzz bench clean

all: build

deps:
	@scripts/setup-deps.sh build

deps-test:
	@scripts/setup-deps.sh test

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

# Convert every record in examples/ into out/: TEI, EAD, EAD3, HTML, text, DC.
demo: build
	@mkdir -p out
	$(BUILD)/teiconv convert -t all -o out examples/*.txt
	@echo "demo: outputs in out/:"; ls out

# Configure again: the test packages may have been installed since the build
# directory was first configured (cmocka for the unit tests).
test: deps-test
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
check-asan: deps-test
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTC_SANITIZE=ON -DTC_WERROR=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

# The suite again with every run of the library under valgrind memcheck.
# Left out here (they run under ASan instead): the tests that compile the
# whole tei_all.rng or convert multi-megabyte corpus files, which take tens
# of minutes under valgrind, and the timing-based interrupt test.
VALGRIND_SKIP ?= validate_corpus|xmlin_|batch_interrupt|outputs_browser
check-valgrind: deps-test
	@scripts/setup-deps.sh valgrind
	cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug -DTC_VALGRIND=ON
	cmake --build build-valgrind -j $(JOBS)
	cd build-valgrind && ctest --output-on-failure -j $(JOBS) -E '$(VALGRIND_SKIP)'


# libFuzzer targets (tests/fuzz), FUZZ_SECONDS each (default 60), ASan+UBSan.
fuzz:
	@scripts/setup-deps.sh fuzz
	scripts/fuzz.sh

bench: build
	@scripts/setup-deps.sh bench
	bench/run.sh

# Write xsl/lib/lang-table.xsl again from data/languages.tsv (the build
# refuses to go on while the two disagree).
tables: $(BUILD)/Makefile
	cmake --build $(BUILD) --target tables

# The README's table of diagnostic codes, from src/lib/base/codes.def.
docs:
	cmake -DDEF=src/lib/base/codes.def -DREADME=README.md -P cmake/gen_codes_doc.cmake

clean:
	rm -rf $(BUILD) build-asan build-valgrind build-fuzz out
