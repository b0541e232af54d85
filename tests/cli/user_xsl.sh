#!/usr/bin/env bash
# user_xsl.sh: convert --xsl FILE --param NAME=VALUE --xsl-ext EXT: a user's
# own stylesheet (tests/userxsl/catalogue-md.xsl, TEI to Markdown) runs on
# the TEI of text records and on TEI inputs, its parameters arrive as
# literal strings, the outputs are named after the stylesheet and are the
# same bytes whatever -j; a stylesheet that does not compile stops the run
# before any conversion.
. "$(dirname "$0")/lib.bash"
XSL="$SRC/tests/userxsl/catalogue-md.xsl"
SEED="$SRC/examples/wilson-111189.txt"
SAMPLE="$SRC/tests/outputs/sample-full.tei.xml"

# A text record: only the stylesheet's output without -t, named after it
rc=0; "$TEICONV" convert -q --xsl "$XSL" -o "$TMP/a" "$SEED" || rc=$?
check "seed: exit 0" test "$rc" -eq 0
same "seed: only the stylesheet's output" "$(cd "$TMP/a" && ls)" "wilson-111189.catalogue-md.txt"
OUT="$TMP/a/wilson-111189.catalogue-md.txt"
check "seed: title from the TEI built" grep -qx '# Record of Conversation between N.V. Podgorny and Ambassador of the DPRK in the USSR Kim Chunbong' "$OUT"
check "seed: record id" grep -qx -- '- \*\*Record:\*\* 111189' "$OUT"
check "seed: record-stem is passed" grep -qx -- '- \*\*File:\*\* wilson-111189' "$OUT"
check "seed: parameter default when not given" grep -qx -- '- \*\*Collection:\*\* (no collection)' "$OUT"

# Parameters are literal strings: quotes of both kinds, and XPath that
# would change the output if it were evaluated
rc=0; "$TEICONV" convert -q --xsl "$XSL" --param "collection=Korea \"DPRK\" files, Kim's 1967" \
  --param "cataloguer=') or count(//*) or ('" -t tei,dc -o "$TMP/b" "$SEED" || rc=$?
check "params: exit 0" test "$rc" -eq 0
check "params: value with both quotes arrives as is" grep -qxF -- "- **Collection:** Korea \"DPRK\" files, Kim's 1967" "$TMP/b/wilson-111189.catalogue-md.txt"
check "params: XPath in a value is not evaluated" grep -qxF -- "- **Catalogued by:** ') or count(//*) or ('" "$TMP/b/wilson-111189.catalogue-md.txt"
check "params: -t formats made too" test -s "$TMP/b/wilson-111189.tei.xml" -a -s "$TMP/b/wilson-111189.dc.xml"
check "params: our TEI does not get the user's parameters" cmp -s "$TMP/b/wilson-111189.tei.xml" <("$TEICONV" convert -q -t tei -o - "$SEED")
# record-stem set by the user wins
"$TEICONV" convert -q --xsl "$XSL" --param record-stem=mine -o "$TMP/c" "$SEED"
check "params: record-stem from --param" grep -qx -- '- \*\*File:\*\* mine' "$TMP/c/wilson-111189.catalogue-md.txt"

# A TEI input: the stylesheet sees the input document itself
"$TEICONV" convert -q --xsl "$XSL" --xsl-ext md -o "$TMP/d" "$SAMPLE"
check "TEI input: --xsl-ext names the output" test -s "$TMP/d/sample-full.md"
check "TEI input: its title" grep -qx "# Telegram from the Hungarian Embassy in Pyongyang on the Visit of the Chinese Delegation & Its Aftermath" "$TMP/d/sample-full.md"

# -o -: the stylesheet's output on stdout
got=$("$TEICONV" convert -q --xsl "$XSL" -o - "$SEED")
same "stdout: the same bytes as the file" "$got" "$(cat "$OUT")"
rc=0; "$TEICONV" convert -q --xsl "$XSL" -t tei -o - "$SEED" >/dev/null 2>&1 || rc=$?
same "stdout: two outputs refused" "$rc" "2"

# Many records, -j1 and -j2: the same files, byte for byte
# (exit 1: tests/records also holds the broken records of convert_basic)
rc=0; "$TEICONV" convert -q --xsl "$XSL" --param collection=fixtures -t tei -j 1 -o "$TMP/j1" "$SRC/tests/records" 2>/dev/null || rc=$?
check "-j1: exit 1 (the broken records)" test "$rc" -eq 1
rc=0; "$TEICONV" convert -q --xsl "$XSL" --param collection=fixtures -t tei -j 2 -o "$TMP/j2" "$SRC/tests/records" 2>/dev/null || rc=$?
check "-j2: exit 1 (the broken records)" test "$rc" -eq 1
check "-j: several outputs made" test "$(find "$TMP/j1" -name '*.catalogue-md.txt' | wc -l)" -gt 20
check "-j1 and -j2 give identical trees" diff -r "$TMP/j1" "$TMP/j2"

# The report lists the stylesheet's output; a second run skips up-to-date inputs
"$TEICONV" convert -q --xsl "$XSL" -o "$TMP/a" --report "$TMP/r.jsonl" "$SEED"
check "report: up to date when the output is newer" grep -q '"status":"skipped"' "$TMP/r.jsonl"
"$TEICONV" convert -q --force --xsl "$XSL" -o "$TMP/a" --report "$TMP/r.jsonl" "$SEED"
check "report: the output listed" grep -qF "\"outputs\":[\"$TMP/a/wilson-111189.catalogue-md.txt\"]" "$TMP/r.jsonl"

# xsl:message becomes a warning; a stylesheet that makes nothing for an
# input writes no empty file
cat >"$TMP/noid.xml" <<'XML'
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>No id</title></titleStmt>
<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>Body.</p></body></text></TEI>
XML
rc=0; "$TEICONV" convert --xsl "$SRC/tests/userxsl/empty.xsl" -o "$TMP/e" "$SEED" "$TMP/noid.xml" 2>"$TMP/e.err" || rc=$?
check "empty: exit 0" test "$rc" -eq 0
check "empty: xsl:message is a warning" grep -q 'warning\[TC021\]: empty.xsl: looking for a record idno' "$TMP/e.err"
check "empty: warning TC213" grep -q "noid.xml: warning\[TC213\]: empty.xsl produced no output" "$TMP/e.err"
check "empty: no empty file" test ! -e "$TMP/e/noid.empty.txt"
check "empty: the other input's output" grep -qx 111189 "$TMP/e/wilson-111189.empty.txt"

# An output named like the input is refused, the input left alone
mkdir -p "$TMP/ow" && cp "$SAMPLE" "$TMP/ow/s.xml"
rc=0; "$TEICONV" convert -q --xsl "$XSL" --xsl-ext xml -o "$TMP/ow" "$TMP/ow/s.xml" 2>"$TMP/ow.err" || rc=$?
same "own name: exit 1" "$rc" "1"
check "own name: TC093" grep -q "TC093" "$TMP/ow.err"
check "own name: the input unchanged" cmp -s "$SAMPLE" "$TMP/ow/s.xml"

# Usage and stylesheet errors stop the run before any conversion
rc=0; "$TEICONV" convert --xsl "$SRC/tests/userxsl/broken.xsl" -o "$TMP/f" "$SEED" 2>"$TMP/f.err" || rc=$?
same "broken: exit 2" "$rc" "2"
check "broken: TC211 names the element" grep -q "error\[TC211\]: the stylesheet does not compile: .*line 6 element value-of" "$TMP/f.err"
check "broken: nothing converted" test ! -e "$TMP/f"
printf '<xsl:stylesheet' >"$TMP/cut.xsl"
rc=0; "$TEICONV" convert --xsl "$TMP/cut.xsl" -o "$TMP/f" "$SEED" 2>"$TMP/f.err" || rc=$?
same "not XML: exit 2" "$rc" "2"
check "not XML: the parser's message" grep -q "TC211.*parser error" "$TMP/f.err"
rc=0; "$TEICONV" convert --xsl "$TMP/missing.xsl" -o "$TMP/f" "$SEED" 2>"$TMP/f.err" || rc=$?
same "missing: exit 3" "$rc" "3"
check "missing: TC210" grep -q "missing.xsl: error\[TC210\]: cannot read the stylesheet" "$TMP/f.err"
sed 's|method="text"|method="xml"|' "$XSL" >"$TMP/tei.xsl"
rc=0; "$TEICONV" convert --xsl "$TMP/tei.xsl" -t tei -o "$TMP/f" "$SEED" 2>"$TMP/f.err" || rc=$?
same "tei.xsl (xml): would clash with .tei.xml, exit 2" "$rc" "2"
check "clash: says to use --xsl-ext" grep -q "choose another extension with --xsl-ext" "$TMP/f.err"
"$TEICONV" convert --xsl "$TMP/tei.xsl" --xsl-ext mods.xml -t tei -o "$TMP/g" "$SEED"
check "clash: --xsl-ext resolves it" test -s "$TMP/g/wilson-111189.mods.xml" -a -s "$TMP/g/wilson-111189.tei.xml"
rc=0; "$TEICONV" convert --xsl "$XSL" --xsl-ext html -o "$TMP/f" "$SEED" 2>/dev/null || rc=$?
same "--xsl-ext html: exit 2" "$rc" "2"
rc=0; "$TEICONV" convert --xsl "$XSL" --xsl-ext ../x -o "$TMP/f" "$SEED" 2>/dev/null || rc=$?
same "--xsl-ext with a slash: exit 2" "$rc" "2"
rc=0; "$TEICONV" convert --xsl "$XSL" --param novalue -o "$TMP/f" "$SEED" 2>/dev/null || rc=$?
same "--param without '=': exit 2" "$rc" "2"
rc=0; "$TEICONV" convert --xsl "$XSL" --param "1x=y" -o "$TMP/f" "$SEED" 2>/dev/null || rc=$?
same "--param with a bad name: exit 2" "$rc" "2"
rc=0; "$TEICONV" convert --param a=b -o "$TMP/f" "$SEED" 2>/dev/null || rc=$?
same "--param without --xsl: exit 2" "$rc" "2"
check "errors: nothing converted" test ! -e "$TMP/f"
rc=0; "$TEICONV" convert --help | grep -q -- "--xsl FILE" || rc=$?
check "--help documents --xsl" test "$rc" -eq 0
finish
