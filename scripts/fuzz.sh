#!/usr/bin/env bash
# fuzz.sh: builds the libFuzzer targets with clang + ASan/UBSan and runs each
# for FUZZ_SECONDS (default 60), seeded from the project's own fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${FUZZ_SECONDS:-60}"
BUILD=build-fuzz
CC=clang cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Debug -DTC_FUZZ=ON \
  -DTC_SANITIZE=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$BUILD" -j "$(nproc)" >/dev/null
status=0
passed=0
failed=0
for bin in "$BUILD"/tests/fuzz/fuzz_*; do
  name=$(basename "$bin")
  seeds="$PWD/$BUILD/seeds/$name"  # absolute: fuzz_cli changes folder
  mkdir -p "$seeds"
  case "$name" in
    # seeds from the fixtures and, by path at run time, from the reference
    # folder's real records (never copied into the repository); the
    # targets' own mutator (tests/fuzz/mutate.c) breaks them as real files
    # break
    fuzz_record) cp examples/*.txt tests/records/*.txt tests/body/*.txt "$seeds"/ 2>/dev/null || true
                 find "${TEICONV_REFERENCE_DIR:-../shared}/seeds" "${TEICONV_REFERENCE_DIR:-../shared}/corpus" \
                   -name '*.txt' -size -80k -exec cp {} "$seeds"/ \; 2>/dev/null || true ;;
    fuzz_xml_input) cp tests/security/*.xml tests/outputs/*.xml "$seeds"/ 2>/dev/null || true
                    find "${TEICONV_REFERENCE_DIR:-../shared}/corpus" -name '*.xml' -size -80k \
                      -exec cp {} "$seeds"/ \; 2>/dev/null || true ;;
    # fuzz_cli runs each argument list in a fresh folder holding seed.txt
    # (a text record) and seed.xml (a TEI file)
    fuzz_cli) printf 'convert\0-t\0tei\0-o\0-\0seed.txt' >"$seeds/a"
              printf 'validate\0--help' >"$seeds/b"
              printf -- '--version' >"$seeds/c"
              printf 'convert\0-t\0all\0-o\0out\0-j2\0.' >"$seeds/d"
              printf 'validate\0--own\0seed.xml' >"$seeds/e"
              printf 'convert\0--files-from\0-\0--report\0r.jsonl\0seed.xml' >"$seeds/f" ;;
  esac
  echo "fuzz: $name for ${SECONDS_EACH}s" >&2
  if ! "$bin" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=20 \
       -rss_limit_mb=2048 -print_final_stats=1 "$seeds" 2>"$BUILD/$name.log"; then
    echo "fuzz: $name FAILED (see $BUILD/$name.log)" >&2
    tail -40 "$BUILD/$name.log" >&2
    status=1
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$BUILD/$name.log" | tail -2 >&2 || true
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
