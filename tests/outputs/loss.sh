#!/usr/bin/env bash
# loss.sh: the loss report (xsl/report/tei-loss.xsl): empty for the seed and for a
# record filling the whole field map, one line per dropped field otherwise;
# through the tool, note TC200 on stderr with -v and "dropped" in --report.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
LOSS="$SRC/xsl/report/tei-loss.xsl"
rc=0; "$TEICONV" convert -q --force -t tei -o "$TMP/o" "$SRC/examples/wilson-111189.txt" || rc=$?
check "seed converts" test "$rc" -eq 0
same "seed: nothing dropped" "$(xsltproc --nonet "$LOSS" "$TMP/o/wilson-111189.tei.xml")" ""
same "full sample: nothing dropped" "$(xsltproc --nonet "$LOSS" "$SRC/tests/outputs/sample-full.tei.xml")" ""

# A field outside the map is named, with its value
sed 's|<funder>Korea Foundation</funder>|&<editor>Kathryn Weathersby</editor>|' \
  "$SRC/tests/outputs/sample-full.tei.xml" >"$TMP/editor.tei.xml"
same "an editor is reported" "$(xsltproc --nonet "$LOSS" "$TMP/editor.tei.xml")" \
  'dropped: /teiHeader/fileDesc/titleStmt/editor: "Kathryn Weathersby" has no place in EAD or Dublin Core'

# FRUS: series titles, place of publication, revision history
xsltproc --nonet "$LOSS" "$REF/corpus/tei/frus/frus1873p2v3.xml" >"$TMP/frus.loss"
check "FRUS: series title reported" grep -q "^dropped: /teiHeader/fileDesc/titleStmt/title\[@type='series'\]: \"Papers Relating" "$TMP/frus.loss"
check "FRUS: pubPlace reported" grep -qx 'dropped: /teiHeader/fileDesc/publicationStmt/pubPlace: "Washington" has no place in EAD or Dublin Core' "$TMP/frus.loss"
check "FRUS: the complete title is not reported (it is the unittitle)" sh -c "! grep -q \"title\\[@type='complete'\\]\" '$TMP/frus.loss'"
same "FRUS: every header line names a dropped field" "$(grep -v '^dropped: /text' "$TMP/frus.loss" | grep -vc '^dropped: /teiHeader/.*has no place in EAD or Dublin Core$')" "0"
same "FRUS: its one image counted" "$(grep '^dropped: /text' "$TMP/frus.loss")" \
  "dropped: /text//graphic: 1 images are not shown in HTML or text (their descriptions are)"
# the text's losses: running heads (fw), and divisions the summary rule does not list
check "letter 038: its running heads counted" grep -qx 'dropped: /text//fw: 5 running heads, catchwords or page numbers are not rendered in HTML or text' \
  <(xsltproc --nonet "$LOSS" "$REF/corpus/tei-more/dta-soldatenbriefe-letter-038.xml")
same "FRUS at most 100 components: the rest reported" \
  "$(xsltproc --nonet --param dsc-max-components 100 --stringparam loss-input teidoc "$LOSS" "$REF/corpus/tei/frus/frus1934v04.xml" | grep '^summarised: ')" \
  "summarised: 710 of the 734 divisions of the text are below level 2: counted in their component, not listed, in the finding aid (--dsc-max-depth 0, --dsc-max-components 100)"
same "FRUS at most 100 components: the finding aid lists 24" \
  "$(xsltproc --nonet --param dsc-max-components 100 "$SRC/xsl/tei/teidoc2ead.xsl" "$REF/corpus/tei/frus/frus1934v04.xml" | grep -c '<c ')" "24"
same "FRUS to depth 1: its 6 top divisions only" \
  "$(xsltproc --nonet --param dsc-max-depth 1 "$SRC/xsl/tei/teidoc2ead.xsl" "$REF/corpus/tei/frus/frus1934v04.xml" | grep -c '<c ')" "6"

# Through the tool: -v prints the notes, --report keeps them (without the
# "dropped: " prefix), and neither lists them as problems
dropped() { # REPORT INPUT-NAME: the dropped list of that input
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    o = json.loads(l)
    if o.get("path", "").endswith(sys.argv[2]):
        print("\n".join(o["dropped"]))' "$1" "$2"
}
rc=0; "$TEICONV" convert -v --force -t ead,dc -o "$TMP/v" --report "$TMP/r.jsonl" \
  "$SRC/examples/wilson-111189.txt" "$TMP/editor.tei.xml" 2>"$TMP/v.err" || rc=$?
check "tool: exit 0" test "$rc" -eq 0
check "tool: seed, no TC200" sh -c "! grep 'wilson-111189.*TC200' '$TMP/v.err'"
same "tool: seed, report dropped is empty" "$(dropped "$TMP/r.jsonl" wilson-111189.txt)" ""
check "tool: -v prints the editor" grep -qxF "$TMP/editor.tei.xml: note[TC200]: dropped: /teiHeader/fileDesc/titleStmt/editor: \"Kathryn Weathersby\" has no place in EAD or Dublin Core" "$TMP/v.err"
same "tool: the report lists the editor" "$(dropped "$TMP/r.jsonl" editor.tei.xml)" \
  '/teiHeader/fileDesc/titleStmt/editor: "Kathryn Weathersby" has no place in EAD or Dublin Core'
check "tool: -v prints a line per input" grep -qE "^teiconv: $TMP/editor.tei.xml: converted, 2 outputs, [0-9.]+ ms$" "$TMP/v.err"
check "tool: TC200 is not a warning of the report" sh -c "! grep -q '\"code\":\"TC200\"' '$TMP/r.jsonl'"
check "tool: TC200 is not in the grouped summary" sh -c "! grep -q 'x note\[TC200\]' '$TMP/v.err'"
# without -v: not printed, still in the report
"$TEICONV" convert --force -t ead3 -o "$TMP/v" --report "$TMP/r2.jsonl" "$TMP/editor.tei.xml" 2>"$TMP/v2.err"
check "tool: no -v, no TC200 printed" sh -c "! grep -q TC200 '$TMP/v2.err'"
same "tool: no -v, still in the report" "$(dropped "$TMP/r2.jsonl" editor.tei.xml | grep -c editor)" "1"
# a record's HTML shows its whole header: -t tei,html has no loss report
"$TEICONV" convert -v --force -t tei,html -o "$TMP/v" --report "$TMP/r3.jsonl" "$TMP/editor.tei.xml" 2>"$TMP/v3.err"
check "tool: -t tei,html, nothing dropped" sh -c "! grep -q TC200 '$TMP/v3.err'"
same "tool: -t tei,html, report dropped is empty" "$(dropped "$TMP/r3.jsonl" editor.tei.xml)" ""
# with --error-format json, stdout holds JSON Lines only (no per-input line)
"$TEICONV" convert -v --force --error-format json -t dc -o "$TMP/v" "$TMP/editor.tei.xml" >"$TMP/v4.err"
check "tool: -v with json, every line JSON" python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/v4.err"
check "tool: -v with json, TC200 as JSON" grep -q '"code":"TC200"' "$TMP/v4.err"
# a FRUS volume from the corpus: several fields dropped
"$TEICONV" convert -v --force -t dc -o "$TMP/v" "$REF/corpus/tei/frus/frus1873p2v3.xml" 2>"$TMP/frus.err"
check "tool: FRUS, several dropped" test "$(grep -c 'note\[TC200\]: dropped: /teiHeader/' "$TMP/frus.err")" -ge 3
check "tool: FRUS, pubPlace dropped" grep -qF 'note[TC200]: dropped: /teiHeader/fileDesc/publicationStmt/pubPlace: "Washington"' "$TMP/frus.err"
same "tool: FRUS, the same lines as xsltproc" "$(grep -o 'dropped: /.*' "$TMP/frus.err")" \
  "$(xsltproc --nonet --stringparam loss-formats dc --stringparam loss-input teidoc "$LOSS" "$REF/corpus/tei/frus/frus1873p2v3.xml")"
finish
