# Makefile: the everyday targets, wrapping CMake. `./quickstart.sh demo|test`
# installs what is missing and runs `make demo` / `make test`; no target here
# runs apt except `make deps`, `deps-test` and the check/fuzz/bench targets.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: migrate-long lint format docs tables all configure build deps deps-test demo demo-site test deb check-fresh check-scale check-asan check-valgrind fuzz bench clean

all: build

deps:
	@scripts/setup-deps.sh build

deps-test:
	@scripts/setup-deps.sh test

# Configured once; again only for other CMAKE_FLAGS or a newly installed
# cmocka (scripts/configure.sh). CMake reconfigures itself on its own changes.
configure:
	@scripts/configure.sh $(BUILD) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Convert every record in examples/ into out/: TEI, EAD, EAD3, HTML, text, DC.
demo: build
	@mkdir -p out
	$(BUILD)/teiconv convert -t all -o out examples/*.txt
	@echo "demo: outputs in out/:"; ls out

# A small static site from examples/ into out/site: record pages, the
# collection's index and finding aid (screenshots in out/site-screenshots
# when Chromium is installed).
demo-site: build
	@scripts/demo-site.sh $(BUILD)/teiconv out/site

# The whole suite; its last lines name any check that could not run.
test: build
	@scripts/run-tests.sh $(BUILD) $(JOBS)

# The .debs (teiconv, libteiconv0, libteiconv-dev) into debs/, lintian-checked.
deb:
	@scripts/setup-deps.sh deb
	scripts/build-deb.sh debs

# Both quick-start commands on a bare Debian 12 built in a temporary folder
# (FRESH_DEBS=debs after `make deb`: the .debs installed there and used too).
check-fresh:
	@scripts/setup-deps.sh fresh
	scripts/check-fresh.sh

# The README's scale-out recipes run as they stand (tests/scale): GNU parallel
# over 8 --shard slices here, and the Slurm job array on a one-node cluster
# the test starts on 127.0.0.1 (as root). Not part of `make test`.
check-scale: build
	@scripts/setup-deps.sh scale
	TEICONV=$(CURDIR)/$(BUILD)/teiconv TEICONV_SOURCE_DIR=$(CURDIR) TEICONV_DATADIR=$(CURDIR) \
	  bash tests/scale/parallel.sh
	TEICONV=$(CURDIR)/$(BUILD)/teiconv TEICONV_SOURCE_DIR=$(CURDIR) TEICONV_DATADIR=$(CURDIR) \
	  bash tests/scale/slurm.sh

# The suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
check-asan: deps-test
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTC_SANITIZE=ON -DTC_WERROR=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

# The suite again with every run of the library under valgrind memcheck.
# Left out here (they run under ASan instead): the tests that compile the
# whole tei_all.rng or convert multi-megabyte corpus files or nodes, which take tens
# of minutes under valgrind, and the timing-based interrupt tests (batch
# interrupt, validation time limit and stop).
VALGRIND_SKIP ?= validate_corpus|teidoc_limits|xmlin_|batch_interrupt|outputs_browser|outputs_axe|outputs_html_conformance|migrate_|tei_words|security_budgets|install_relocate|text_wrap|security_node_size|security_big_schemas|outputs_tei_generated|security_validate_time
check-valgrind: deps-test
	@scripts/setup-deps.sh valgrind
	cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug -DTC_VALGRIND=ON
	cmake --build build-valgrind -j $(JOBS)
	cd build-valgrind && ctest --output-on-failure -j $(JOBS) -E '$(VALGRIND_SKIP)'


# libFuzzer targets (tests/fuzz), FUZZ_SECONDS each (default 60), ASan+UBSan.
fuzz:
	@scripts/setup-deps.sh fuzz
	scripts/fuzz.sh

# Speed against the strongest peers (xsltproc, Saxon-HE, jing, xmllint, the
# per-file pipeline, the physical floor), ending in one table of every target
# of issues 16 and 13 with its peer and verdict; method and sizes (BENCH_*
# variables) in bench/README.md. About 10 CPU minutes.
bench: build
	@scripts/setup-deps.sh bench
	bench/run.sh

# The schema-driven migration test at 20,000 documents each way (CI runs
# 2,000): MIGRATE_COUNT and MIGRATE_SEED may be given.
MIGRATE_COUNT ?= 20000
migrate-long: build
	@scripts/setup-deps.sh test
	MIGRATE_COUNT=$(MIGRATE_COUNT) TEICONV=$(CURDIR)/$(BUILD)/teiconv TEICONV_SOURCE_DIR=$(CURDIR) \
	  TEICONV_DATADIR=$(CURDIR) bash tests/migrate/generated.sh

# Write xsl/lib/lang-table.xsl again from data/languages.tsv (the build
# refuses to go on while the two disagree).
tables: configure
	cmake --build $(BUILD) --target tables

# The README's table of diagnostic codes, from src/lib/base/codes.def.
docs:
	cmake -DDEF=src/lib/base/codes.def -DREADME=README.md -P cmake/gen_codes_doc.cmake

# The lint gate (run by .ci/run): house rules, include direction, dependency loops,
# cppcheck, gcc -fanalyzer (leaks are left to ASan and valgrind, which see
# them without false alarms), clang-tidy, clang-format (scripts/lint.sh).
lint:
	@scripts/setup-deps.sh lint
	cmake -S . -B build-lint -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
	  -DCMAKE_C_COMPILER=gcc -DCMAKE_C_FLAGS="-fanalyzer -Wno-analyzer-malloc-leak" -DTC_WERROR=ON -DBUILD_TESTING=OFF
	cmake --build build-lint -j $(JOBS)
	scripts/lint.sh build-lint

# Rewrite the C sources in the house style (.clang-format).
format:
	@scripts/setup-deps.sh lint
	clang-format -i --style=file src/lib/*/*.[ch] src/cli/*.[ch] include/*.h

clean:
	rm -rf $(BUILD) build-lint build-asan build-valgrind build-fuzz out
