#!/usr/bin/env bash
# tests/migrate/generated.sh: schema-driven property test of the EAD migrations: random valid
# EAD 2002 and EAD3 (rng_gen.py) must migrate valid, keeping components, titles, dates, ids.
# Owner: the EAD migration (issue 13). MIGRATE_COUNT (default 2000 each way) and
# MIGRATE_SEED (default 1) size the run; `make migrate-long` runs 20,000; MIGRATE_KEEP=DIR
# keeps what it made.
set -euo pipefail
. "$TEICONV_SOURCE_DIR/tests/cli/lib.bash"
. "$TEICONV_SOURCE_DIR/tests/outputs/lib.bash"
need_reference
# Under the sanitizers the test looks for memory errors, not for mapping
# classes: 300 documents each way there (the 2,000 run in the plain suite).
if [ -n "${TC_UNDER_SANITIZER:-}" ]; then
  COUNT=${MIGRATE_COUNT:-300}
else
  COUNT=${MIGRATE_COUNT:-2000}
fi
SEED=${MIGRATE_SEED:-1}
S="$REF/reference/schemas"
G="$SRC/tests/migrate"
R2="$S/ead2002/ead.rng"
R3="$S/ead3/ead3.rng"
# the output gate checks against the official schemas too
export XML_CATALOG_FILES="$S/catalog.xml"
t0=$(date +%s)

# invalid_files SCHEMA FILE...: jing in one JVM; prints the invalid files
invalid_files() { local rng=$1; shift; jing "$rng" "$@" 2>/dev/null | cut -d: -f1 | sort -u || true; }
# count_in DIR SUFFIX
count_in() { find "$1" -name "*$2" | wc -l; }
# all_valid WHAT SCHEMA DIR SUFFIX: every DIR/*SUFFIX valid against SCHEMA
all_valid() {
  local bad
  bad=$(find "$3" -name "*$4" -print0 | xargs -0 sh -c 'jing "$0" "$@" 2>/dev/null' "$2" | cut -d: -f1 | sort -u | wc -l || true)
  if [ "$bad" = 0 ]; then pass; else fail "$1: $bad invalid"; find "$3" -name "*$4" -print0 | xargs -0 sh -c 'jing "$0" "$@" 2>/dev/null' "$2" | head -5 >&2 || true; fi
}

# 1. The generator: COUNT documents each way, valid, covering the grammar.
# (the two generators side by side: each is one single-threaded process)
python3 "$G/rng_gen.py" --rng "$R2" --out "$TMP/g2" --count "$COUNT" --seed "$SEED" \
  --no-namespace 0.25 --coverage "$TMP/g2.cov" &
gen2=$!
python3 "$G/rng_gen.py" --rng "$R3" --out "$TMP/g3" --count "$COUNT" --seed "$SEED" --coverage "$TMP/g3.cov"
wait "$gen2"
same "EAD 2002 documents generated" "$(count_in "$TMP/g2" .xml)" "$COUNT"
same "EAD3 documents generated" "$(count_in "$TMP/g3" .xml)" "$COUNT"
mkdir "$TMP/g2ns"
find "$TMP/g2" -name 'gen-*.xml' ! -name '*-nons.xml' -exec mv {} "$TMP/g2ns/" \;
all_valid "generated EAD 2002 (namespaced) against ead.rng" "$R2" "$TMP/g2ns" .xml
all_valid "generated EAD3 against ead3.rng" "$R3" "$TMP/g3" .xml
sample2=$(find "$TMP/g2ns" -name '*.xml' | sort | sed -n '1,200p')
# shellcheck disable=SC2086
check "a sample of generated EAD 2002 against ead.xsd" ead_xsd_ok $sample2
sample3=$(find "$TMP/g3" -name '*.xml' | sort | sed -n '1,200p')
# shellcheck disable=SC2086
check "a sample of generated EAD3 against ead3.xsd" env XML_CATALOG_FILES="$S/catalog.xml" \
  sh -c 'xmllint --nonet --noout --schema "$0" "$@" 2>/dev/null' "$S/ead3/ead3.xsd" $sample3
mv "$TMP"/g2ns/*.xml "$TMP/g2/"
if [ "$COUNT" -ge 2000 ]; then
  # with 2000 documents the coverage-guided choices reach every element in
  # every context of both grammars
  for cov in "$TMP/g2.cov" "$TMP/g3.cov"; do
    line=$(grep '^element-in-context:' "$cov")
    set -- $line
    same "every element in every context ($cov)" "$2" "$4"
  done
fi
t1=$(date +%s)

# 2. EAD 2002 -> EAD3: one run, all valid, all kept.
check "EAD 2002 -> EAD3 batch exits 0" "$TEICONV" convert -j2 -t ead3 -o "$TMP/o3" "$TMP/g2" 2>"$TMP/o3.log"
same "EAD3 outputs" "$(count_in "$TMP/o3" .ead3.xml)" "$COUNT"
all_valid "EAD3 outputs against the official ead3.rng" "$R3" "$TMP/o3" .ead3.xml
check "EAD 2002 -> EAD3 kept components, titles, dates, ids" python3 "$G/check_kept.py" "$TMP/o3.log" "$TMP/g2" "$TMP/o3" .ead3.xml --ids --pairs "$COUNT"
t2=$(date +%s)

# 3. EAD3 -> EAD 2002
check "EAD3 -> EAD 2002 batch exits 0" "$TEICONV" convert -j2 -t ead -o "$TMP/o2" "$TMP/g3" 2>"$TMP/o2.log"
same "EAD 2002 outputs" "$(count_in "$TMP/o2" .ead.xml)" "$COUNT"
all_valid "EAD 2002 outputs against the official ead.rng" "$R2" "$TMP/o2" .ead.xml
check "EAD3 -> EAD 2002 kept components, titles, dates, ids" python3 "$G/check_kept.py" "$TMP/o2.log" "$TMP/g3" "$TMP/o2" .ead.xml --ids --pairs "$COUNT"
t3=$(date +%s)

# 4. EAD 2002 -> EAD3 -> EAD 2002 keeps every component, title, date, identifier
check "round trip batch exits 0" "$TEICONV" convert -j2 -t ead -o "$TMP/rt" "$TMP/o3" 2>"$TMP/rt.log"
all_valid "round-trip EAD 2002 against ead.rng" "$R2" "$TMP/rt" .ead.xml
check "round trip kept components, titles, dates, identifiers" python3 "$G/check_kept.py" "$TMP/o3.log,$TMP/rt.log" "$TMP/g2" "$TMP/rt" .ead3.ead.xml --pairs "$COUNT"
t4=$(date +%s)

# MIGRATE_KEEP=DIR keeps the documents, outputs and logs for a look at failures
if [ -n "${MIGRATE_KEEP:-}" ]; then rm -rf "$MIGRATE_KEEP"; cp -r "$TMP" "$MIGRATE_KEEP"; fi
echo "migrate/generated: $COUNT documents each way (seed $SEED): generate+verify $((t1 - t0)) s, 2002->3 $((t2 - t1)) s, 3->2002 $((t3 - t2)) s, round trip $((t4 - t3)) s"
finish
