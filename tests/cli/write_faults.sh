#!/usr/bin/env bash
# write_faults.sh: output write failures (file-size limit, output path that
# is not a folder): a clear error, exit 3, no temporary left behind, and
# the previous output kept intact.
. "$(dirname "$0")/lib.bash"
SEED="$SRC/examples/wilson-111189.txt"

mkdir -p "$TMP/out"
echo "previous" >"$TMP/out/wilson-111189.tei.xml"
# --force: the old output is newer than the seed, so a plain rerun would
# (rightly) skip it as up to date instead of trying to write.
rc=0; prlimit --fsize=2000 "$TEICONV" convert --force -t tei -o "$TMP/out" "$SEED" 2>"$TMP/err" || rc=$?
check "fsize: exit 3" test $rc -eq 3
check "fsize: message names the output" grep -q "wilson-111189.tei.xml" "$TMP/err"
check "fsize: message says why" grep -qi "too large\|cannot write" "$TMP/err"
check "fsize: previous output intact" grep -qx "previous" "$TMP/out/wilson-111189.tei.xml"
check "fsize: no temporary left" test -z "$(find "$TMP/out" -name '*.tmp-teiconv-*')"

# two inputs, first output too large: the run goes on to the second
cp "$SEED" "$TMP/a.txt"
printf 'Title: Short note\nRecord ID: 7\n\nA short body.\n' >"$TMP/b.txt"
rc=0; prlimit --fsize=2000 "$TEICONV" convert -t tei -o "$TMP/out2" "$TMP/a.txt" "$TMP/b.txt" 2>"$TMP/err2" || rc=$?
check "fsize batch: exit 3" test "$rc" -eq 3
check "fsize batch: second input written" test -s "$TMP/out2/b.tei.xml"
check "fsize batch: first not written" test ! -e "$TMP/out2/a.tei.xml"

# output "folder" that is a file: several outputs are a usage error
: >"$TMP/notadir"
rc=0; "$TEICONV" convert -t tei,html -o "$TMP/notadir" "$SEED" 2>"$TMP/err3" || rc=$?
check "not a folder: usage error (exit 2)" test $rc -eq 2
check "not a folder: message names it" grep -q "notadir.*looks like a file" "$TMP/err3"
check "not a folder: the file untouched" test ! -s "$TMP/notadir"
# an empty output folder name (found by fuzz_cli: read past the string)
rc=0; "$TEICONV" convert -t tei -o "" "$SEED" 2>"$TMP/err4" || rc=$?
check "empty -o: non-zero exit, no crash" test $rc -ne 0 -a $rc -lt 128
finish
