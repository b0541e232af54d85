#!/usr/bin/env bash
# never_silent.sh: runs that would do nothing say so and fail (-o naming a
# file, a run that finds no input), upper-case suffixes, in-place `convert .`,
# '-' as standard input, the message levels and --error-format json on stdout.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
REC="$SRC/tests/records/labelled-basic.txt"
WARN="$SRC/tests/records/date-unparseable.txt"
SEED="$SRC/examples/wilson-111189.txt"
jsonl_ok() { python3 -c 'import json,sys
n = 0
for line in open(sys.argv[1]):
    json.loads(line); n += 1
sys.exit(0 if n >= int(sys.argv[2]) else 1)' "$1" "$2"; }

# -o FILE: one input, one format writes that file (like pandoc) ...
rc=0; "$TEICONV" convert -q -t ead -o "$TMP/rec.ead.xml" "$REC" || rc=$?
same "-o FILE, one output: exit" "$rc" 0
check "-o FILE, one output: a file, not a folder" test -f "$TMP/rec.ead.xml"
check "-o FILE, one output: the EAD" grep -q "<eadid" "$TMP/rec.ead.xml"
# ... several outputs to a file name: usage error, nothing created
rc=0; "$TEICONV" convert -t ead,html -o "$TMP/two.ead.xml" "$REC" 2>"$TMP/e1" || rc=$?
same "-o FILE, two formats: usage error" "$rc" 2
check "-o FILE, two formats: says -o is a folder" grep -q "names the output folder" "$TMP/e1"
check "-o FILE, two formats: nothing created" test ! -e "$TMP/two.ead.xml"
rc=0; "$TEICONV" convert -t ead -o "$TMP/many.html" "$REC" "$WARN" 2>"$TMP/e2" || rc=$?
same "-o FILE, two inputs: usage error" "$rc" 2
check "-o FILE, two inputs: nothing created" test ! -e "$TMP/many.html"
rc=0; "$TEICONV" convert -t ead -o "$TMP/rec.ead.xml" "$SRC/tests/records" 2>"$TMP/e3" || rc=$?
same "-o existing file, a folder of inputs: usage error" "$rc" 2
check "-o existing file: left as it was" grep -q "<eadid" "$TMP/rec.ead.xml"

# a folder with nothing to convert: non-zero, and why
mkdir -p "$TMP/none" && printf 'x' >"$TMP/none/page.html"
rc=0; "$TEICONV" convert -o "$TMP/o0" "$TMP/none" 2>"$TMP/e4" || rc=$?
same "no input found: exit" "$rc" 1
check "no input found: says so" grep -q "nothing converted: no input found" "$TMP/e4"

# upper-case suffixes are inputs, and lose their suffix
mkdir -p "$TMP/upper" && cp "$REC" "$TMP/upper/RECORD.TXT"
rc=0; "$TEICONV" convert -q -o "$TMP/o1" "$TMP/upper" || rc=$?
same ".TXT in a folder: exit" "$rc" 0
check ".TXT in a folder: RECORD.tei.xml" test -s "$TMP/o1/RECORD.tei.xml"

# `convert -t html .` inside the input folder converts in place
mkdir -p "$TMP/here" && cp "$REC" "$WARN" "$TMP/here/"
rc=0; (cd "$TMP/here" && "$TEICONV" convert -t tei,html . 2>"$TMP/e5") || rc=$?
same "convert . in place: exit" "$rc" 0
check "convert . in place: pages written" test -s "$TMP/here/labelled-basic.html"
check "convert . in place: both converted" grep -q "2 of 2 inputs converted" "$TMP/e5"
rc=0; (cd "$TMP/here" && "$TEICONV" convert -t tei,html . 2>"$TMP/e6") || rc=$?
same "convert . rerun: exit" "$rc" 0
check "convert . rerun: outputs not read back, up to date" \
  grep -q "0 of 2 inputs converted, 2 up to date" "$TMP/e6"

# '-' is standard input: to stdout, and into a folder as stdin.*
out=$("$TEICONV" convert -t dc -o - - <"$REC")
check "- to stdout: DC" grep -q "<dc:title>" <<<"$out"
rc=0; "$TEICONV" convert -q -t ead -o "$TMP/o2" - <"$REC" || rc=$?
same "- into a folder: exit" "$rc" 0
check "- into a folder: stdin.ead.xml" test -s "$TMP/o2/stdin.ead.xml"

# levels: notes only with -v; warnings and the closing line by default;
# -q errors only
"$TEICONV" convert --force -o "$TMP/o3" "$SEED" "$WARN" 2>"$TMP/l0"
check "default: no note" bash -c "! grep -q 'note\[' '$TMP/l0'"
check "default: the warning" grep -q "warning\[TC130\]" "$TMP/l0"
check "default: the closing line" grep -q "2 of 2 inputs converted" "$TMP/l0"
"$TEICONV" convert -v --force -o "$TMP/o3" "$SEED" "$WARN" 2>"$TMP/l1"
check "-v: the note" grep -q "note\[TC110\]" "$TMP/l1"
"$TEICONV" convert -q --force -o "$TMP/o3" "$SEED" "$WARN" 2>"$TMP/l2"
check "-q: nothing (no errors)" test ! -s "$TMP/l2"
MANY="$SRC/tests/records/older-caps-citation.txt"   # 5 notes and warnings with -v
"$TEICONV" convert -v --force -t ead,dc -o "$TMP/o3" "$MANY" 2>"$TMP/l4"
check "-v: several diagnostics for one input" \
  test "$(grep -c '^/.*\(note\|warning\|error\)\[TC' "$TMP/l4")" -ge 3
"$TEICONV" convert -v --max-diagnostics 1 --force -t ead,dc -o "$TMP/o3" "$MANY" 2>"$TMP/l3"
same "--max-diagnostics 1: one diagnostic line" \
  "$(grep -c '^/.*\(note\|warning\|error\)\[TC' "$TMP/l3")" 1
check "--max-diagnostics 1: says how many were held back" \
  grep -q "more diagnostics\? not shown (--max-diagnostics 1)" "$TMP/l3"

# --error-format json: JSON Lines on stdout, nothing else there
rc=0; "$TEICONV" convert --error-format json -t ead -o "$TMP/j" "$WARN" "$TMP/nosuch.txt" \
  >"$TMP/j.out" 2>"$TMP/j.err" || rc=$?
same "convert json: exit 3 (a missing input)" "$rc" 3
check "convert json: every stdout line parses, 2 or more" jsonl_ok "$TMP/j.out" 2
check "convert json: the warning there" grep -q '"code":"TC130"' "$TMP/j.out"
check "convert json: the closing line on stderr" grep -q "of 2 inputs converted" "$TMP/j.err"
"$TEICONV" convert -q -o "$TMP/j" "$WARN"
rc=0; "$TEICONV" validate --own --no-rules --error-format json "$SRC/tests/validate/tei-rules.xml" "$TMP/j/date-unparseable.tei.xml" \
  >"$TMP/v.out" 2>"$TMP/v.err" || rc=$?
same "validate json: exit 1 (one invalid)" "$rc" 1
check "validate json: every stdout line parses, 2 or more" jsonl_ok "$TMP/v.out" 2
finish
