#!/usr/bin/env bash
# loss.sh: the loss report (xsl/tei-loss.xsl): empty for the seed and for a
# record filling the whole field map, one line per dropped field otherwise.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
LOSS="$SRC/xsl/tei-loss.xsl"
"$TEICONV" convert -q --force -t tei -o "$TMP/o" "$SRC/examples/wilson-111189.txt"
check "seed converts" test $? -eq 0
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
same "FRUS: every line names a dropped field" "$(grep -vc '^dropped: /teiHeader/.*has no place in EAD or Dublin Core$' "$TMP/frus.loss")" "0"
finish
