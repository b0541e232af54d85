#!/usr/bin/env bash
# batch_bad_inputs.sh: a folder batch with bad inputs mixed in (binary, empty,
# invalid UTF-8, unreadable): the good ones convert, the bad ones are reported
# (stderr, --report JSON Lines, grouped summary) and the exit code says so.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/batch_lib.bash"

IN="$TMP/in"
make_records "$IN" 12
: >"$IN/empty.txt"
printf 'PK\003\004\024\000\000\000\010\000binary\000\001' >"$IN/binary.txt"
printf 'Title of a record\n\nBody with a bad byte \xff\xfe here.\n' >"$IN/sub/latin.txt"
ln -s "$TMP/nowhere/gone.txt" "$IN/sub/dangling.txt"   # unreadable, even as root
: >"$IN/empty2.txt"
mkdir "$IN/folder.txt"                                 # a folder, walked: holds nothing
printf 'not a record, ignored\n' >"$IN/notes.md"
printf 'hidden\n' >"$IN/.hidden.txt"

rc=0; "$TEICONV" convert -j 2 -o "$TMP/out" --report "$TMP/report.jsonl" "$IN" 2>"$TMP/err" || rc=$?
check "exit 3: an input could not be read (worst of 1 and 3)" test $rc -eq 3

# every good record converted, under the mirrored tree
n=$(find "$TMP/out" -name '*.tei.xml' | wc -l)
check "12 good records converted (got $n)" test "$n" -eq 12
check "tree mirrored: sub/deeper/rec7" test -s "$TMP/out/sub/deeper/rec7.tei.xml"
check "tree mirrored: sub/rec3" test -s "$TMP/out/sub/rec3.tei.xml"
check "top: rec1" test -s "$TMP/out/rec1.tei.xml"
for f in "$TMP"/out/rec1.tei.xml "$TMP"/out/sub/deeper/rec7.tei.xml; do
  check "$f well-formed" xmllint --noout "$f"
done
check "record 7's own ID in its TEI" grep -q '300007' "$TMP/out/sub/deeper/rec7.tei.xml"
for bad in empty binary sub/latin sub/dangling empty2; do
  check "no output for $bad" test ! -e "$TMP/out/$bad.tei.xml"
done
check "non-record files ignored" test ! -e "$TMP/out/notes.tei.xml"
check "hidden files ignored" test ! -e "$TMP/out/.hidden.tei.xml"
check "no temporaries left" test -z "$(find "$TMP/out" -name '*.tmp-teiconv-*')"

# stderr names each bad input with its problem
check "stderr: empty"   grep -q "empty.txt: error\[TC006\]" "$TMP/err"
check "stderr: binary"  grep -q "binary.txt: error\[TC005\]" "$TMP/err"
check "stderr: UTF-8"   grep -q "latin.txt: error\[TC002\]" "$TMP/err"
check "stderr: dangling" grep -q "dangling.txt: error\[TC001\]" "$TMP/err"
check "stderr: grouped summary counts both empty files" \
  grep -Eq '^ +2 x error\[TC006\]: empty file \(e\.g\. .*empty\.txt, .*empty2\.txt\)' "$TMP/err"
check "stderr: totals" grep -q "12 of 17 inputs converted, 5 failed" "$TMP/err"

# the report: one object per input, in input (sorted walk) order, + summary
R="$TMP/report.jsonl"
check "report: 17 inputs + summary" json_check "$R" 'len(items) == 17 and len(summary) == 1 and "summary" in lines[-1]'
check "report: input order is the sorted walk" json_check "$R" \
  '[i["path"].split("/in/")[1] for i in items][:4] == ["binary.txt", "empty.txt", "empty2.txt", "rec1.txt"]'
check "report: statuses" json_check "$R" \
  'sorted(i["status"] for i in items).count("ok") == 12 and [i["status"] for i in items].count("failed") == 5'
check "report: failed have coded errors, no outputs" json_check "$R" \
  'all(i["errors"] and i["errors"][0]["code"].startswith("TC") and i["outputs"] == [] for i in items if i["status"] == "failed")'
check "report: binary is TC005" json_check "$R" \
  '[i["errors"][0]["code"] for i in items if i["path"].endswith("/binary.txt")] == ["TC005"]'
check "report: ok items list their existing outputs" json_check "$R" \
  'all(len(i["outputs"]) == 1 and i["outputs"][0].endswith(".tei.xml") and __import__("os").path.getsize(i["outputs"][0]) > 1000 for i in items if i["status"] == "ok")'
check "report: milliseconds are numbers" json_check "$R" \
  'all(isinstance(i["milliseconds"], float) and i["milliseconds"] >= 0 for i in items)'
check "report: summary counts and groups" json_check "$R" \
  'summary[0]["ok"] == 12 and summary[0]["failed"] == 5 and [(p["code"], p["count"]) for p in summary[0]["problems"] if p["code"] == "TC006"] == [("TC006", 2)]'

# without the unreadable one, bad records alone give exit 1
rm "$IN/sub/dangling.txt"
rc=0; "$TEICONV" convert -q -o "$TMP/out1" "$IN" 2>/dev/null || rc=$?
check "only unusable records: exit 1" test "$rc" -eq 1

# a folder named like a record, listed explicitly, fails alone
printf '%s\n' "$IN/folder.txt" "$IN/rec1.txt" >"$TMP/list"
rc=0; "$TEICONV" convert -q -o "$TMP/out2" --files-from "$TMP/list" 2>"$TMP/err2" || rc=$?
check "listed folder: exit 3 (read error)" test "$rc" -eq 3
check "listed folder: named in the error" grep -q "folder.txt.*is a directory" "$TMP/err2"
check "listed folder: the other one converted" test -s "$TMP/out2/rec1.tei.xml"

# a rerun is still 1 and converts nothing new; the good ones are up to date
rc=0; "$TEICONV" convert -o "$TMP/out" "$IN" 2>"$TMP/err3" || rc=$?
check "rerun: exit still non-zero" test "$rc" -ne 0
check "rerun: good ones up to date" grep -q "0 of 16 inputs converted, 12 up to date, 4 failed" "$TMP/err3"
# ---- outputs never destroy inputs, and are never read back as inputs -------
mkdir -p "$TMP/self"
cp "$TMP/out/rec1.tei.xml" "$TMP/self/rec1.tei.xml"
cp "$TMP/self/rec1.tei.xml" "$TMP/self.orig"
rc=0; "$TEICONV" convert -q --force -t tei -o "$TMP/self" "$TMP/self/rec1.tei.xml" 2>"$TMP/self.err" || rc=$?
check "output = input: exit 1" test "$rc" -eq 1
check "output = input: TC093" grep -q "rec1.tei.xml: error\[TC093\]" "$TMP/self.err"
check "output = input: input untouched" cmp -s "$TMP/self/rec1.tei.xml" "$TMP/self.orig"
# -o IN IN converts in place; the outputs are not read back as inputs
cp -a "$IN" "$TMP/ip"
rc=0; "$TEICONV" convert -o "$TMP/ip" "$TMP/ip" 2>"$TMP/inplace.err" || rc=$?
check "-o IN IN: exit 1 (4 failed)" test "$rc" -eq 1
check "-o IN IN: the good ones converted in place" \
  grep -q "12 of 16 inputs converted, 4 failed" "$TMP/inplace.err"
check "-o IN IN: outputs beside the inputs" test -s "$TMP/ip/sub/deeper/rec7.tei.xml"
rc=0; "$TEICONV" convert -o "$TMP/ip" "$TMP/ip" 2>"$TMP/inplace2.err" || rc=$?
check "-o IN IN rerun: exit 1 (4 failed)" test "$rc" -eq 1
check "-o IN IN rerun: outputs not read as inputs" \
  grep -q "0 of 16 inputs converted, 12 up to date, 4 failed" "$TMP/inplace2.err"
rc=0; "$TEICONV" convert -q -o "$IN/converted" "$IN" 2>/dev/null || rc=$?
check "output folder inside the input: exit 1 (4 failed)" test "$rc" -eq 1
rc=0; "$TEICONV" convert -o "$IN/converted" "$IN" 2>"$TMP/nested.err" || rc=$?
check "output folder inside the input, rerun: exit 1 (4 failed)" test "$rc" -eq 1
check "output folder inside the input: not walked on rerun" \
  grep -q "0 of 16 inputs converted, 12 up to date, 4 failed" "$TMP/nested.err"
finish
