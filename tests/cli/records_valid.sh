#!/usr/bin/env bash
# records_valid.sh: every fixture record converted in one teiconv run and all
# outputs validated against tei_all.rng in one jing run; legacy encodings
# through --encoding; broken records refused one by one with their codes.
. "$(dirname "$0")/lib.bash"
want_reference
RNG="$REF/reference/schemas/tei/tei_all.rng"
RECS="$SRC/tests/records"

inputs=("$RECS"/*.txt)
rc=0; "$TEICONV" convert -q -j 2 -t tei -o "$TMP/out" "${inputs[@]}" 2>"$TMP/err" || rc=$?
check "all fixtures convert (exit 0)" test "$rc" -eq 0
outs=("$TMP"/out/*.tei.xml)
check "one TEI per fixture (${#inputs[@]})" test "${#outs[@]}" -eq "${#inputs[@]}"

# legacy encodings: windows-1251 and windows-1252 fixtures
rc=0; "$TEICONV" convert -q -t tei --encoding windows-1251 -o "$TMP/out" "$RECS/legacy/cp1251-russian.txt" || rc=$?
check "windows-1251 converts" test "$rc" -eq 0
rc=0; "$TEICONV" convert -q -t tei --encoding windows-1252 -o "$TMP/out" "$RECS/legacy/cp1252-french.txt" || rc=$?
check "windows-1252 converts" test "$rc" -eq 0
check "windows-1251 text arrives as UTF-8 Cyrillic" \
  grep -q "Шифротелеграмма из Варшавы" "$TMP/out/cp1251-russian.tei.xml"
check "windows-1252 curly apostrophe arrives as U+2019" \
  grep -q "l’ambassade" "$TMP/out/cp1252-french.tei.xml"
rc=0; "$TEICONV" convert -q -t tei -o "$TMP/bad8" "$RECS/legacy/cp1251-russian.txt" 2>"$TMP/err8" || rc=$?
check "windows-1251 without --encoding: refused" test "$rc" -eq 1
check "  ... naming the byte offset" grep -q "byte offset" "$TMP/err8"

# one jing run over every output
ref_check "every fixture's TEI is valid against tei_all.rng" jing_ok "$RNG" "$TMP"/out/*.tei.xml

# broken records: one run, each refused with its own code, nothing written
errs=("$RECS"/errors/*.txt)
rc=0; "$TEICONV" convert -t tei -o "$TMP/bad" "${errs[@]}" 2>"$TMP/errs" || rc=$?
check "broken records: exit 1" test "$rc" -eq 1
for f in "${errs[@]}"; do
  code=$(sed -n 's/^!error\t//p' "${f%.txt}.expect")
  stem=$(basename "$f" .txt)
  check "$stem: error $code names the file" grep -q "$stem.txt.*error\[$code\]" "$TMP/errs"
  check "$stem: no output" test ! -e "$TMP/bad/$stem.tei.xml"
done
finish
