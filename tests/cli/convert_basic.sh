#!/usr/bin/env bash
# convert_basic.sh: the CLI on the seed (valid TEI against tei_all.rng) and
# on bad inputs (empty, binary, missing): exit codes, messages, no outputs.
. "$(dirname "$0")/lib.bash"
want_reference
SEED="$SRC/examples/wilson-111189.txt"

rc=0; "$TEICONV" convert -t tei -o "$TMP/out" "$SEED" 2>"$TMP/err" || rc=$?
check "seed converts (exit 0)" test "$rc" -eq 0
check "seed TEI written" test -s "$TMP/out/wilson-111189.tei.xml"
ref_check "seed TEI valid against tei_all.rng" \
  jing_ok "$REF/reference/schemas/tei/tei_all.rng" "$TMP/out/wilson-111189.tei.xml"

# --quiet prints errors only: the seed's notes (dropped page chrome) go
rc=0; "$TEICONV" convert -q --force -t tei -o "$TMP/out" "$SEED" 2>"$TMP/err.q" || rc=$?
check "-q: exit 0" test "$rc" -eq 0
check "-q: nothing on stderr" test ! -s "$TMP/err.q"
check "default: no notes (warnings and errors only)" sh -c "! grep -q 'note\[' '$TMP/err'"
check "default: the closing line" grep -q "1 of 1 inputs converted" "$TMP/err"
"$TEICONV" convert -v --force -t tei -o "$TMP/out" "$SEED" 2>"$TMP/err.v"
check "-v: the note is shown" grep -q "note\[TC110\]" "$TMP/err.v"

# -o - writes the single output to stdout
rc=0; "$TEICONV" convert -t tei -o - "$SEED" >"$TMP/stdout.xml" || rc=$?
check "-o - exit 0" test "$rc" -eq 0
check "-o - same bytes as the file" cmp -s "$TMP/stdout.xml" "$TMP/out/wilson-111189.tei.xml"

# bad inputs: exit 1 (input) or 3 (io), one line naming the file, no output
: >"$TMP/empty.txt"
printf 'PK\003\004\000\000binary\000' >"$TMP/binary.txt"
for case in empty binary missing; do
  in="$TMP/$case.txt"
  rc=0; "$TEICONV" convert -t tei -o "$TMP/bad" "$in" 2>"$TMP/err.$case" || rc=$?
  check "$case: non-zero exit" test $rc -ne 0
  check "$case: message names the file" grep -q "$in" "$TMP/err.$case"
  check "$case: no output written" test ! -e "$TMP/bad/$case.tei.xml"
done
check "empty: says empty" grep -q "empty file" "$TMP/err.empty"
check "binary: says binary" grep -q "binary" "$TMP/err.binary"
rc=0; "$TEICONV" convert -t tei -o "$TMP/bad" "$TMP/missing.txt" 2>/dev/null || rc=$?
check "missing: exit 3" test "$rc" -eq 3

# usage errors exit 2
rc=0; "$TEICONV" convert -t nosuch "$SEED" 2>/dev/null || rc=$?
check "unknown format: exit 2" test "$rc" -eq 2
rc=0; "$TEICONV" frobnicate 2>/dev/null || rc=$?
check "unknown command: exit 2" test "$rc" -eq 2
rc=0; "$TEICONV" --help | grep -q "Exit codes" || rc=$?
check "--help lists exit codes" test "$rc" -eq 0
rc=0; "$TEICONV" --version | grep -Eq '^teiconv [0-9]+\.[0-9]+\.[0-9]+$' || rc=$?
check "--version" test "$rc" -eq 0
finish
