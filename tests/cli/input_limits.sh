#!/usr/bin/env bash
# input_limits.sh: --max-size and --max-depth: an input past a limit fails
# with its code (TC009, TC056) and a hint, writes nothing, and the rest of
# the batch still converts; a file too large is refused before it is read.
. "$(dirname "$0")/lib.bash"
SEED="$SRC/examples/wilson-111189.txt"
RECORD="$SRC/tests/records/labelled-crlf-minimal.txt"

# A TEI document whose body nests N <div>s (plus TEI, text, body).
deep_tei() {
  python3 - "$1" <<'PY'
import sys
n = int(sys.argv[1])
print('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
      '<titleStmt><title>Deep</title></titleStmt><publicationStmt><p>x</p>'
      '</publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>'
      '</teiHeader><text><body>' + '<div>' * n + '<p>x</p>' + '</div>' * n +
      '</body></text></TEI>')
PY
}

mkdir -p "$TMP/in"
deep_tei 300 >"$TMP/in/deep300.xml"
deep_tei 120 >"$TMP/in/deep120.xml"
cp "$RECORD" "$TMP/in/ok.txt"

# --max-depth 100: both deep inputs refused, the record still converted
rc=0; "$TEICONV" convert -t html -o "$TMP/out" --max-depth 100 "$TMP/in" 2>"$TMP/err" || rc=$?
check "--max-depth 100: exit 1" test "$rc" -eq 1
check "--max-depth 100: TC056 for the 300-deep input" \
  grep -q "deep300.xml:1: error\[TC056\]: XML elements nested more than 100 deep" "$TMP/err"
check "--max-depth 100: TC056 for the 120-deep input" \
  grep -q "deep120.xml:1: error\[TC056\]" "$TMP/err"
check "--max-depth 100: hint to raise it" grep -q "hint: .*--max-depth" "$TMP/err"
check "--max-depth 100: no output for a deep input" test ! -e "$TMP/out/deep300.html"
check "--max-depth 100: the batch goes on" test -s "$TMP/out/ok.html"

# the default (256): 120 levels convert, 300 do not
"$TEICONV" convert -t html -o "$TMP/out2" "$TMP/in/deep120.xml" 2>"$TMP/err2"
check "default: 120-deep input converts" test -s "$TMP/out2/deep120.html"
rc=0; "$TEICONV" convert -t html -o "$TMP/out2" "$TMP/in/deep300.xml" 2>"$TMP/err3" || rc=$?
check "default: 300-deep input exit 1" test "$rc" -eq 1
check "default: TC056 names 256" grep -q "error\[TC056\]: XML elements nested more than 256 deep" "$TMP/err3"

# 100000 levels: refused cleanly (libxml2 stops at its ceiling; nothing
# recurses that deep), JSON diagnostics too
python3 -c "print('<a>' * 100000 + '</a>' * 100000)" >"$TMP/deep100k.xml"
rc=0; "$TEICONV" convert -t all -o "$TMP/out3" --error-format json "$TMP/deep100k.xml" >"$TMP/err4" || rc=$?
check "100000 deep: exit 1 (no crash)" test "$rc" -eq 1
check "100000 deep: TC056" grep -q '"code":"TC056"' "$TMP/err4"
check "100000 deep: nothing written" test ! -e "$TMP/out3/deep100k.tei.xml"

rc=0; "$TEICONV" convert --max-depth 0 "$SEED" 2>"$TMP/err5" || rc=$?
check "--max-depth 0: usage error" test "$rc" -eq 2
check "--max-depth 0: says the range" grep -q "from 1 to 256" "$TMP/err5"
rc=0; "$TEICONV" convert --max-depth 257 "$SEED" 2>/dev/null || rc=$?
check "--max-depth 257: usage error" test "$rc" -eq 2

# --max-size: a 2 KiB XML input and the seed (a text record, 16 KiB) over
# 1K are refused; the small record still converts
head -c 2048 /dev/zero | tr '\0' ' ' >"$TMP/pad"
{ echo '<TEI xmlns="http://www.tei-c.org/ns/1.0">'; cat "$TMP/pad"; echo '</TEI>'; } >"$TMP/in/big.xml"
rc=0; "$TEICONV" convert -o "$TMP/out4" --max-size 1K "$TMP/in/big.xml" "$SEED" "$RECORD" 2>"$TMP/err6" || rc=$?
check "--max-size 1K: exit 1" test "$rc" -eq 1
check "--max-size 1K: XML input refused with TC009" \
  grep -q "big.xml: error\[TC009\]: input larger than the 1024-byte limit: refused" "$TMP/err6"
check "--max-size 1K: text record refused with TC009" \
  grep -q "wilson-111189.txt: error\[TC009\]" "$TMP/err6"
check "--max-size 1K: hint" grep -q "hint: raise the limit with --max-size" "$TMP/err6"
check "--max-size 1K: small record converted" test -s "$TMP/out4/labelled-crlf-minimal.tei.xml"
check "--max-size 1K: no output for the seed" test ! -e "$TMP/out4/wilson-111189.tei.xml"
rc=0; "$TEICONV" convert -o - --max-size 1k "$SEED" >"$TMP/stdout" 2>"$TMP/err7" || rc=$?
check "-o - with --max-size: exit 1" test "$rc" -eq 1
check "-o - with --max-size: TC009" grep -q "TC009" "$TMP/err7"
check "-o - with --max-size: nothing on stdout" test ! -s "$TMP/stdout"
rc=0; "$TEICONV" convert -o "$TMP/out5" --max-size 0 "$SEED" 2>/dev/null || rc=$?
check "--max-size 0: exit 0" test "$rc" -eq 0
check "--max-size 0: no limit" test -s "$TMP/out5/wilson-111189.tei.xml"
rc=0; "$TEICONV" convert -o "$TMP/out5" --force --max-size 16M "$SEED" 2>/dev/null || rc=$?
check "--max-size 16M: converts" test "$rc" -eq 0

# refused without being read: a 4 GiB sparse file (the default 256M limit)
# fails at once, and so does /dev/zero, which never ends, past 1M
truncate -s 4G "$TMP/huge.txt"
start=$(date +%s)
rc=0; "$TEICONV" convert -o "$TMP/out6" "$TMP/huge.txt" 2>"$TMP/err8" || rc=$?
check "4 GiB file: exit 1" test "$rc" -eq 1
check "4 GiB file: TC009 with the default limit" \
  grep -q "error\[TC009\]: input larger than the 268435456-byte limit: refused" "$TMP/err8"
check "4 GiB file: refused within 5 s (not read)" test $(( $(date +%s) - start )) -le 5
rc=0; "$TEICONV" convert -o - --max-size 1M /dev/zero >/dev/null 2>"$TMP/err9" || rc=$?
check "/dev/zero: exit 1" test "$rc" -eq 1
check "/dev/zero: TC009 past 1M" grep -q "TC009" "$TMP/err9"

# a user stylesheet (--xsl) whose template calls itself for ever: the
# input fails with TC022 instead of overflowing the stack; the others go on
mkdir -p "$TMP/in2"
cp "$RECORD" "$TMP/in2/a.txt"
cp "$RECORD" "$TMP/in2/b.txt"
rc=0; "$TEICONV" convert -j2 --xsl "$SRC/tests/security/recursive-template.xsl" \
  -t tei -o "$TMP/out7" "$TMP/in2" 2>"$TMP/err11" || rc=$?
check "recursive --xsl: exit 1" test "$rc" -eq 1
check "recursive --xsl: TC022 for each input" test "$(grep -c '\.txt: error\[TC022\]' "$TMP/err11")" -eq 2
check "recursive --xsl: says the depth" grep -q "templates nested more than 3000 deep" "$TMP/err11"
check "recursive --xsl: no stylesheet output" test -z "$(find "$TMP/out7" -name '*recursive*')"

for bad in 1x -1 K 99999999999999999999G ""; do
  rc=0; "$TEICONV" convert --max-size "$bad" "$SEED" 2>"$TMP/err10" || rc=$?
  check "--max-size '$bad': usage error" test "$rc" -eq 2
done
check "--max-size: says what it wants" grep -q "K, M or G" "$TMP/err10"

finish
