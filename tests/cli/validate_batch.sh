#!/usr/bin/env bash
# validate_batch.sh: `teiconv validate` on folders and lists (-j,
# --files-from, -0, --report, --progress): a folder of real corpus files,
# 4 valid and 2 invalid, reached through symbolic links in a temporary
# folder; counts of files, verdicts, exit codes, the JSON Lines report.
. "$(dirname "$0")/lib.bash"
need_reference
. "$(dirname "$0")/validate_lib.bash"
C="$REF/corpus"

valid=("$C/ead2002/arclight-deeply-nested-components.xml" "$C/ead2002/emory-bailey807.xml"
       "$C/ead3/saa-ncsu-mc00185.xml" "$C/tei/misc/hoccleve-regiment-reg.xml")
invalid=("$C/ead2002/columbia-has_bulk_range.xml" "$C/tei/misc/schnitzler-briefe-L00133.xml")
for f in "${valid[@]}" "${invalid[@]}"; do
  check "corpus file $(basename "$f") there" test -f "$f"
done

D="$TMP/mixed"
mkdir -p "$D/sub"
ln -s "${valid[0]}" "$D/a-valid.xml"
ln -s "${valid[1]}" "$D/b-valid.xml"
ln -s "${valid[2]}" "$D/sub/c-valid.xml"
ln -s "${valid[3]}" "$D/sub/d-valid.xml"
ln -s "${invalid[0]}" "$D/e-invalid.xml"
ln -s "${invalid[1]}" "$D/sub/f-invalid.xml"
echo "not XML, and not walked" >"$D/notes.txt"

V=("$TEICONV" validate --catalog "$CATALOG")

# the links lead outside the folder: skipped with a note, so nothing to do
rc=0; "${V[@]}" "$D" >"$TMP/nolinks.out" 2>"$TMP/nolinks.err" || rc=$?
check "links not followed: exit 1 (nothing validated)" test "$rc" -eq 1
same "links not followed: 6 notes" "$(grep -c 'note\[TC096\]' "$TMP/nolinks.err")" 6
check "links not followed: says nothing was validated" grep -q 'nothing validated: no file found' "$TMP/nolinks.err"

# the folder, followed, in two threads, with a report
rc=0; "${V[@]}" --follow-links -j 2 --report "$TMP/r.jsonl" "$D" >"$TMP/j2.out" 2>"$TMP/j2.err" || rc=$?
check "folder: exit 1 (2 invalid)" test "$rc" -eq 1
same "folder: 6 result lines" "$(wc -l <"$TMP/j2.out")" 6
same "folder: 4 validate" "$(grep -c ' validates' "$TMP/j2.out")" 4
same "folder: 2 fail" "$(grep -c ' fails to validate' "$TMP/j2.out")" 2
check "folder: notes.txt not walked" bash -c "! grep -q notes.txt '$TMP/j2.out' '$TMP/j2.err'"
check "folder: subfolder walked" grep -q "^$D/sub/c-valid.xml validates" "$TMP/j2.out"
check "folder: columbia's 2 errors" grep -q "^$D/e-invalid.xml fails to validate (2 errors)" "$TMP/j2.out"
check "folder: summary" grep -q '^Summary: 6 files, 4 valid, 2 invalid' "$TMP/j2.err"
# input order (name order), whatever the threads: the same as one thread
rc=0; "${V[@]}" --follow-links -j 1 "$D" >"$TMP/j1.out" 2>"$TMP/j1.err" || rc=$?
check "-j 1: exit 1" test "$rc" -eq 1
check "-j 1 and -j 2: the same result lines in the same order" cmp -s "$TMP/j1.out" "$TMP/j2.out"
check "-j 1 and -j 2: the same diagnostics" cmp -s "$TMP/j1.err" "$TMP/j2.err"
same "name order" "$(sed 's/ .*//; s|.*/||' "$TMP/j1.out" | tr '\n' ' ')" \
  "a-valid.xml b-valid.xml e-invalid.xml c-valid.xml d-valid.xml f-invalid.xml "

# the report: 6 records and a summary, every line JSON, written atomically
same "report: 7 lines" "$(wc -l <"$TMP/r.jsonl")" 7
same "report: 4 valid records" "$(grep -c '^{"path":.*"valid":true' "$TMP/r.jsonl")" 4
same "report: 2 invalid records" "$(grep -c '^{"path":.*"valid":false' "$TMP/r.jsonl")" 2
check "report: error count" grep -q "^{\"path\":\"$D/e-invalid.xml\",\"valid\":false,\"status\":\"[^\"]*\",\"errors\":2," "$TMP/r.jsonl"
check "report: summary" grep -q '^{"summary":{"files":6,"valid":4,"invalid":2,' "$TMP/r.jsonl"
check "report: every line parses" python3 -c '
import json, sys
for line in open(sys.argv[1]): json.loads(line)' "$TMP/r.jsonl"
check "report: no temporary left" bash -c "! ls -a '$TMP' | grep -q tmp-teiconv"
rc=0; "${V[@]}" --report "$TMP/no/such/dir/r.jsonl" "${valid[0]}" >/dev/null 2>"$TMP/badr.err" || rc=$?
check "report in a missing folder: exit 3" test "$rc" -eq 3
check "report in a missing folder: said" grep -q "cannot write the report" "$TMP/badr.err"

# --files-from: a list file, standard input, NUL-separated; one missing path
printf '%s\n' "${valid[0]}" "${invalid[0]}" "" "${valid[2]}" >"$TMP/list"
rc=0; "${V[@]}" --files-from "$TMP/list" >"$TMP/list.out" 2>/dev/null || rc=$?
check "--files-from FILE: exit 1" test "$rc" -eq 1
same "--files-from FILE: 3 files (the blank line is no file)" "$(wc -l <"$TMP/list.out")" 3
rc=0; printf '%s\n' "${valid[@]}" | "${V[@]}" --files-from - >"$TMP/stdin.out" 2>"$TMP/stdin.err" || rc=$?
check "--files-from - (all valid): exit 0" test "$rc" -eq 0
same "--files-from -: 4 valid" "$(grep -c ' validates' "$TMP/stdin.out")" 4
check "--files-from -: summary" grep -q '^Summary: 4 files, 4 valid, 0 invalid' "$TMP/stdin.err"
rc=0; printf '%s\0' "${valid[1]}" "${valid[3]}" | "${V[@]}" -0 --files-from - >"$TMP/nul.out" 2>/dev/null || rc=$?
check "-0 --files-from -: exit 0" test "$rc" -eq 0
same "-0 --files-from -: 2 files" "$(wc -l <"$TMP/nul.out")" 2
rc=0; "${V[@]}" --files-from "$TMP/list" "$TMP/missing.xml" >"$TMP/miss.out" 2>/dev/null || rc=$?
check "a missing file: exit 3" test "$rc" -eq 3
check "a missing file: its line" grep -q "^$TMP/missing.xml cannot be validated" "$TMP/miss.out"
rc=0; "${V[@]}" --files-from "$TMP/no-list" >/dev/null 2>"$TMP/nolist.err" || rc=$?
check "a missing list: exit 3" test "$rc" -eq 3
check "a missing list: TC092" grep -q 'TC092' "$TMP/nolist.err"

# usage errors
rc=0; "${V[@]}" -j 0 "$D" >/dev/null 2>&1 || rc=$?
check "-j 0: exit 2" test "$rc" -eq 2
rc=0; "${V[@]}" -j >/dev/null 2>&1 || rc=$?
check "-j without a number: exit 2" test "$rc" -eq 2

# progress: on request (stderr is not a terminal here), the bar's count;
# without it, none
rc=0; "${V[@]}" --progress --follow-links "$D" >/dev/null 2>"$TMP/prog.err" || rc=$?
check "--progress: exit 1 (2 invalid)" test "$rc" -eq 1
check "--progress: a bar with the count" grep -q '6/6 100%' "$TMP/prog.err"
check "no --progress on a pipe: no bar" bash -c "! grep -q '6/6' '$TMP/j1.err'"

# record IDs: the same ID twice in one type is reported, in input order
# (the first file named whatever the threads); -q keeps only the exit code
cp "${valid[1]}" "$TMP/dup1.xml"; cp "${valid[1]}" "$TMP/dup2.xml"
rc=0; "${V[@]}" -j 2 "$TMP/dup1.xml" "$TMP/dup2.xml" >"$TMP/dup.out" 2>"$TMP/dup.err" || rc=$?
check "duplicate eadid: exit 1" test "$rc" -eq 1
check "duplicate eadid: dup2 names dup1" grep -q "^$TMP/dup2.xml:[0-9]*.*TC405.*is also used by $TMP/dup1.xml" "$TMP/dup.err"
check "duplicate eadid: dup1 validates" grep -q "^$TMP/dup1.xml validates" "$TMP/dup.out"
rc=0; "${V[@]}" -q "$TMP/dup1.xml" "$TMP/dup2.xml" >"$TMP/q.out" 2>/dev/null || rc=$?
check "-q: exit 1" test "$rc" -eq 1
check "-q: no result lines" test ! -s "$TMP/q.out"
# make demo's output validates clean, named one by one (out/*) or as a
# folder: TEI, EAD and EAD3 of one record share its ID (no TC405), the DC
# record is checked against schemas/oai_dc.rng, the HTML, text and CSS
# beside them are skipped with a note
nrec=$(ls "$SRC"/examples/*.txt | wc -l)
check "examples: records there" test "$nrec" -ge 1
rc=0; "$TEICONV" convert -q -t all -o "$TMP/out" "$SRC"/examples/*.txt || rc=$?
check "demo: converted" test "$rc" -eq 0
rc=0; "${V[@]}" "$TMP"/out/* >"$TMP/demo.out" 2>"$TMP/demo.err" || rc=$?
check "demo out/*: exit 0" test "$rc" -eq 0
same "demo out/*: 4 files a record validate" "$(grep -c ' validates$' "$TMP/demo.out")" $((4 * nrec))
same "demo out/*: DC records validate" "$(grep -c '\.dc\.xml validates$' "$TMP/demo.out")" "$nrec"
check "demo out/*: no TC405" bash -c "! grep -q TC405 '$TMP/demo.err'"
same "demo out/*: HTML, text, CSS skipped (TC097)" "$(grep -c 'note\[TC097\]' "$TMP/demo.err")" $((2 * nrec + 1))
rc=0; "${V[@]}" "$TMP/out" >"$TMP/demo2.out" 2>"$TMP/demo2.err" || rc=$?
check "demo out/: exit 0" test "$rc" -eq 0
same "demo out/: the same files" "$(wc -l <"$TMP/demo2.out")" $((4 * nrec))
# --as dc, and a DC record that breaks the schema
sed 's/dc:title>/dc:titel>/g' "$(ls "$TMP"/out/*.dc.xml | head -1)" >"$TMP/bad.dc.xml"
rc=0; "${V[@]}" "$TMP/bad.dc.xml" >/dev/null 2>"$TMP/baddc.err" || rc=$?
check "bad DC: exit 1" test "$rc" -eq 1
check "bad DC: TC310 names dc:titel" grep -q 'TC310.*<dc:titel>' "$TMP/baddc.err"
rc=0; "${V[@]}" --as dc "$(ls "$TMP"/out/*.dc.xml | head -1)" >/dev/null 2>&1 || rc=$?
check "--as dc: exit 0" test "$rc" -eq 0
# no local copy of the official schema: the files are "not validated", not
# "invalid", and each line says why (not a bare "input/output error")
mkdir -p "$TMP/noschema"
"$TEICONV" convert -q -t tei,ead -o "$TMP/noschema" "$SRC/examples/wilson-111189.txt"
rc=0
XML_CATALOG_FILES= TEICONV_SCHEMAS_DIR="$TMP/no-schemas-here" \
  "$TEICONV" validate "$TMP/noschema" >"$TMP/ns.out" 2>"$TMP/ns.err" || rc=$?
check "no schema: exit 3 (a schema could not be read)" test "$rc" -eq 3
check "no schema: the line says why" \
  grep -q 'wilson-111189.tei.xml cannot be validated: the official tei schema .* is not available locally' "$TMP/ns.out"
check "no schema: never a bare status" bash -c "! grep -q 'input/output error' '$TMP/ns.out'"
check "no schema: summary counts them apart" \
  grep -q '^Summary: 2 files, 0 valid, 0 invalid, 2 not validated' "$TMP/ns.err"
finish
