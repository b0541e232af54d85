#!/usr/bin/env bash
# node_size.sh: --max-node-size (issue 19): a text node or attribute value
# past the limit (default 8 MiB) fails its input with TC059, naming its
# XPath and size, in convert and validate; the rest of the batch goes on.
# The inputs, 9 MiB each: a TEI paragraph, a TEI attribute value, a TEI
# paragraph made of four references to a 2.25 MiB entity (caught after the
# expansion) and a text record's paragraph (caught on the TEI built from
# it). With a bigger --max-node-size they convert and validate. Past
# libxml2's own 10,000,000 bytes an XML node fails the parse with the same
# code, and only that one message.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
RECORD="$SRC/tests/records/labelled-crlf-minimal.txt"
NINE=$((9 << 20))

mkdir -p "$TMP/in" "$TMP/ceiling"
python3 - "$TMP" "$NINE" <<'PY'
import sys
tmp, nine = sys.argv[1], int(sys.argv[2])
words = ("a delegation said that " * (nine // 23 + 1))[:nine]
def tei(body, attr="", subset=""):
    return ('<?xml version="1.0"?>\n' + subset +
            '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            '<titleStmt><title>Big</title></titleStmt><publicationStmt>'
            '<p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>'
            '</fileDesc></teiHeader><text><body>\n<p%s>%s</p></body></text>'
            '</TEI>\n' % (attr, body))
def write(name, text):
    with open(tmp + "/" + name, "w", encoding="utf-8") as f:
        f.write(text)
write("in/text9.xml", tei(words))
write("in/attr9.xml", tei("x", ' n="%s"' % words))
write("in/entity9.xml", tei("&big;" * 4, subset='<!DOCTYPE TEI [<!ENTITY big "%s">]>\n'
                            % words[:nine // 4]))
write("in/record9.txt", "Title: One long paragraph\nDate: March 3, 1957\n\n"
      + words + "\n")
# libxml2's ceiling: an attribute value and a non-ASCII text node (read in
# pieces) past 10,000,000 bytes
write("ceiling/attr11.xml", tei("x", ' n="%s"' % ("x" * 11000000)))
write("ceiling/text11.xml", tei("посол " * 1000000))
PY
cp "$RECORD" "$TMP/in/small.txt"
n=$(find "$TMP/in" -type f | wc -l)
same "inputs written" "$n" 5
check "a 9 MiB text node" test "$(wc -c <"$TMP/in/record9.txt")" -gt "$NINE"

# convert, default limit: the four big inputs fail with TC059, the small one converts
rc=0; "$TEICONV" convert -t tei -o "$TMP/out" "$TMP/in" 2>"$TMP/err" || rc=$?
check "convert: exit 1 (got $rc)" test "$rc" -eq 1
same "convert: TC059 errors" "$(grep -c ': error\[TC059\]' "$TMP/err" || true)" 4
check "convert: text node named" \
  grep -q "text9.xml:3: error\[TC059\]: text node of $NINE bytes, more than --max-node-size (8388608): input refused (at /TEI/text/body/p/text())" "$TMP/err"
check "convert: attribute value named" \
  grep -q "attr9.xml:3:.*error\[TC059\]: attribute value of $NINE bytes.*(at /TEI/text/body/p/@n)" "$TMP/err"
check "convert: expanded entities counted as one node" \
  grep -q "entity9.xml:.*error\[TC059\]: text node of $NINE bytes.*(at /TEI/text/body/p/text())" "$TMP/err"
check "convert: a record's paragraph" \
  grep -q "record9.txt: error\[TC059\]: text node of $NINE bytes.*(at /TEI/text/body/div/p/text())" "$TMP/err"
check "convert: hint names the option" grep -q "hint: .*raise the limit with --max-node-size" "$TMP/err"
check "convert: the others go on" grep -q "1 of 5 inputs converted, 4 failed" "$TMP/err"
check "convert: small record converted" test -s "$TMP/out/small.tei.xml"
made=$(find "$TMP/out" -name '*9.tei.xml' | wc -l)
same "convert: no output for a big input" "$made" 0

# convert, a bigger limit: all five convert, the text intact
rc=0; "$TEICONV" convert -t tei -o "$TMP/out16" --max-node-size 16M "$TMP/in" 2>"$TMP/err16" || rc=$?
check "convert --max-node-size 16M: exit 0 (got $rc)" test "$rc" -eq 0
check "convert --max-node-size 16M: no TC059" sh -c '! grep -q TC059 "$1"' _ "$TMP/err16"
made=$(find "$TMP/out16" -name '*.tei.xml' -size +9M | wc -l)
same "convert --max-node-size 16M: big outputs" "$made" 4
rc=0; "$TEICONV" convert -t tei -o "$TMP/out0" --max-node-size 0 "$TMP/in/record9.txt" 2>"$TMP/err0" || rc=$?
check "convert --max-node-size 0: no limit (exit $rc)" test "$rc" -eq 0

# validate, default limit: TC059, not validated, exit 1; a permissive schema
# so that a bigger limit validates
cat >"$TMP/any.rng" <<'RNG'
<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><ref name="any"/></start>
  <define name="any"><element><anyName/><zeroOrMore><choice>
    <attribute><anyName/></attribute><text/><ref name="any"/>
  </choice></zeroOrMore></element></define>
</grammar>
RNG
V=("$TMP/in/text9.xml" "$TMP/in/attr9.xml" "$TMP/out16/record9.tei.xml")
rc=0; "$TEICONV" validate --schema "$TMP/any.rng" --no-rules "${V[@]}" >"$TMP/vout" 2>"$TMP/verr" || rc=$?
check "validate: exit 1 (got $rc)" test "$rc" -eq 1
same "validate: TC059 errors" "$(grep -c ': error\[TC059\]' "$TMP/verr" || true)" 3
check "validate: text node named" \
  grep -q "text9.xml:3: error\[TC059\]: text node of $NINE bytes.*(at /TEI/text/body/p/text())" "$TMP/verr"
check "validate: attribute value named" \
  grep -q "attr9.xml:3:[0-9]*: error\[TC059\]: attribute value of $NINE bytes.*(at /TEI/text/body/p/@n)" "$TMP/verr"
check "validate: the record's TEI" grep -q "record9.tei.xml:.*error\[TC059\]: text node of $NINE bytes" "$TMP/verr"
check "validate: not validated" grep -q "3 files, 0 valid, 0 invalid, 3 not validated" "$TMP/verr"
rc=0; "$TEICONV" validate --schema "$TMP/any.rng" --no-rules --max-node-size 16M "${V[@]}" >"$TMP/vout16" 2>"$TMP/verr16" || rc=$?
check "validate --max-node-size 16M: exit 0 (got $rc)" test "$rc" -eq 0
check "validate --max-node-size 16M: all valid" grep -q "3 files, 3 valid, 0 invalid" "$TMP/verr16"

# libxml2's ceiling, whatever the limit: one TC059 each, none of libxml2's
# follow-on errors (an attribute too long is followed by six of them)
for cmd in convert validate; do
  if [ "$cmd" = convert ]; then args=(convert -t tei -o "$TMP/outc"); else args=(validate --schema "$TMP/any.rng"); fi
  rc=0; "$TEICONV" "${args[@]}" --max-node-size 0 "$TMP/ceiling" >/dev/null 2>"$TMP/cerr" || rc=$?
  check "$cmd ceiling: exit 1 (got $rc)" test "$rc" -eq 1
  same "$cmd ceiling: errors" "$(grep -c ': error\[' "$TMP/cerr" || true)" 2
  check "$cmd ceiling: attribute value" grep -q "attr11.xml:3:.*error\[TC059\]: attribute value of more than 10000000 bytes" "$TMP/cerr"
  check "$cmd ceiling: text node" grep -q "text11.xml:3:.*error\[TC059\]: text node of more than 10000000 bytes" "$TMP/cerr"
done

# the option is read as the other sizes are
for cmd in convert validate; do
  rc=0; "$TEICONV" "$cmd" --max-node-size 8X "$RECORD" >/dev/null 2>"$TMP/uerr" || rc=$?
  check "$cmd --max-node-size 8X: usage error (got $rc)" test "$rc" -eq 2
  check "$cmd --max-node-size 8X: says what it wants" grep -q -- "--max-node-size wants a number of bytes" "$TMP/uerr"
done
finish
