#!/usr/bin/env bash
# output_gate.sh: the output gate refuses an output made invalid on purpose
# (a data folder whose record-to-EAD3 mapping writes an element EAD3 does not
# have): TC060 with a line and an XPath, no file under the final name, the
# other formats written, the run goes on, exit 1; --keep-invalid writes it as
# NAME.ead3.invalid.xml (TC061); --no-output-check writes it under its name.
# The valid case is checked against the official schemas too.
. "$TEICONV_SOURCE_DIR/tests/cli/lib.bash"
need_reference
SCH="$REF/reference/schemas"
export XML_CATALOG_FILES="$SCH/catalog.xml"
REC="$SRC/examples/wilson-111189.txt"
EAD="$REF/corpus/ead2002/emory-bailey807.xml"

# The broken data folder: a copy of xsl/ and schemas/ whose ead2ead3-record.xsl
# turns every unittitle into <notanelement>.
BROKEN="$TMP/data"
mkdir -p "$BROKEN"
cp -r "$SRC/xsl" "$SRC/schemas" "$BROKEN/"
python3 - "$BROKEN/xsl/record/ead2ead3-record.xsl" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
rule = ('<xsl:template match="e:unittitle" mode="ead3" priority="100">'
        '<notanelement xmlns="http://ead3.archivists.org/schema/">broken on purpose'
        '</notanelement></xsl:template>\n</xsl:stylesheet>')
assert s.count('</xsl:stylesheet>') == 1
open(p, 'w').write(s.replace('</xsl:stylesheet>', rule))
PY
check "the broken mapping was injected" grep -q notanelement "$BROKEN/xsl/record/ead2ead3-record.xsl"

# 1. refused: not written under its name, the others are, exit 1
OUT="$TMP/out1"
rc=0; TEICONV_DATADIR="$BROKEN" "$TEICONV" convert -t tei,ead,ead3,dc -o "$OUT" "$REC" 2>"$TMP/err1" || rc=$?
same "exit status of a refused output" "$rc" 1
check "TC060 names the format and the schema" grep -q 'error\[TC060\]: ead3 output refused, not written: it fails ead3.rng' "$TMP/err1"
check "TC060 gives a line and an XPath" grep -Eq 'TC060.*line [0-9]+ /ead/archdesc/did' "$TMP/err1"
check "TC060 says what is wrong" grep -q 'TC060.*notanelement' "$TMP/err1"
check "TC060 quotes at most three problems" test "$(grep TC060 "$TMP/err1" | grep -o '; line' | wc -l)" -le 2
check "the refused EAD3 is not written" test ! -e "$OUT/wilson-111189.ead3.xml"
check "nor kept without --keep-invalid" test ! -e "$OUT/wilson-111189.ead3.invalid.xml"
n=0
for f in tei ead dc; do [ -s "$OUT/wilson-111189.$f.xml" ] && n=$((n + 1)); done
same "the other three formats are written" "$n" 3
check "no temporary file left" test -z "$(find "$OUT" -name '*.tmp*')"

# 2. the run goes on: an EAD 2002 input (another mapping) in the same batch
OUT="$TMP/out2"
rc=0; TEICONV_DATADIR="$BROKEN" "$TEICONV" convert -t ead3 -o "$OUT" --report "$TMP/rep2" "$REC" "$EAD" 2>"$TMP/err2" || rc=$?
same "exit status of a batch with a refused output" "$rc" 1
check "the other input's EAD3 is written" test -s "$OUT/emory-bailey807.ead3.xml"
check "and valid against ead3.rng" jing_ok "$SCH/ead3/ead3.rng" "$OUT/emory-bailey807.ead3.xml"
check "the record's EAD3 is not" test ! -e "$OUT/wilson-111189.ead3.xml"
same "one input failed in the report" "$(grep -c '"status":"failed"' "$TMP/rep2")" 1
check "the report names TC060" grep -q TC060 "$TMP/rep2"

# 3. --keep-invalid: written as NAME.ead3.invalid.xml, still a failure
OUT="$TMP/out3"
rc=0; TEICONV_DATADIR="$BROKEN" "$TEICONV" convert -t ead3,dc --keep-invalid -o "$OUT" "$REC" 2>"$TMP/err3" || rc=$?
same "exit status with --keep-invalid" "$rc" 1
check "TC061 names the kept file" grep -q 'wilson-111189.ead3.invalid.xml: warning\[TC061\]' "$TMP/err3"
check "the refused output is kept for inspection" test -s "$OUT/wilson-111189.ead3.invalid.xml"
check "what was kept is the invalid output" grep -q notanelement "$OUT/wilson-111189.ead3.invalid.xml"
check "jing agrees that it is invalid" bash -c "! jing '$SCH/ead3/ead3.rng' '$OUT/wilson-111189.ead3.invalid.xml' >/dev/null 2>&1"
check "still not under its final name" test ! -e "$OUT/wilson-111189.ead3.xml"
check "the valid DC is written normally" test -s "$OUT/wilson-111189.dc.xml"
check "no DC .invalid.xml" test ! -e "$OUT/wilson-111189.dc.invalid.xml"

# 4. --no-output-check: the gate is off, the invalid output is written
OUT="$TMP/out4"
rc=0; TEICONV_DATADIR="$BROKEN" "$TEICONV" convert -t ead3 --no-output-check -o "$OUT" "$REC" 2>"$TMP/err4" || rc=$?
same "exit status with --no-output-check" "$rc" 0
check "the invalid output is written under its name" grep -q notanelement "$OUT/wilson-111189.ead3.xml"
check "no TC060 with the gate off" bash -c "! grep -q TC060 '$TMP/err4'"

# 5. a single output to stdout is refused too: nothing on stdout
rc=0; TEICONV_DATADIR="$BROKEN" "$TEICONV" convert -t ead3 -o - "$REC" >"$TMP/stdout5" 2>"$TMP/err5" || rc=$?
same "exit status of a refused output on stdout" "$rc" 1
check "nothing written to stdout" test ! -s "$TMP/stdout5"
check "TC060 on stdout mode" grep -q TC060 "$TMP/err5"

# 6. the valid case, with the product's own data folder: every XML output
# passes the gate and the official schemas (jing, xmllint for ead.xsd)
OUT="$TMP/out6"
rc=0; "$TEICONV" convert -t all -o "$OUT" "$REC" "$EAD" 2>"$TMP/err6" || rc=$?
same "exit status of the valid case" "$rc" 0
check "no TC060 in the valid case" bash -c "! grep -q TC060 '$TMP/err6'"
check "TEI valid against tei_all.rng" jing_ok "$SCH/tei/tei_all.rng" "$OUT/wilson-111189.tei.xml"
check "EAD3 valid against ead3.rng" jing_ok "$SCH/ead3/ead3.rng" "$OUT/wilson-111189.ead3.xml" "$OUT/emory-bailey807.ead3.xml"
check "EAD valid against ead.xsd" ead_xsd_ok "$OUT/wilson-111189.ead.xml" "$OUT/emory-bailey807.ead.xml"
check "DC valid against oai_dc.rng" jing_ok "$SRC/schemas/oai_dc.rng" "$OUT/wilson-111189.dc.xml"

finish
