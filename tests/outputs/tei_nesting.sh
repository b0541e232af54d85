#!/usr/bin/env bash
# tei_nesting.sh: a corpus inside a corpus, a document inside a document and a
# source document transcription (sourceDoc), shapes tei_all allows that the
# HTML and text renderings once left out without a word (found by documents
# generated from tei_all.rng): every word of every text and standOff is in
# both renderings, and the sourceDoc is named in the loss report.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
set -o pipefail

tei_head() { # tei_head TITLE: a minimal valid teiHeader
  printf '<teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Made for the test.</p></sourceDesc></fileDesc></teiHeader>' "$1"
}
doc() { # doc TITLE WORDS: a TEI document with one paragraph
  printf '<TEI>%s<text><body><p>%s</p></body></text></TEI>' "$(tei_head "$1")" "$2"
}
{
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">%s' "$(tei_head "Outer corpus")"
  doc "First" "alpha letter from the outer corpus"
  printf '<teiCorpus>%s' "$(tei_head "Inner corpus")"
  printf '<TEI>%s<standOff><listPlace><place><placeName>Bravograd</placeName></place></listPlace></standOff><text><body><p>charlie inner words</p></body></text></TEI>' "$(tei_head "Second")"
  printf '</teiCorpus>'
  printf '<TEI>%s<text><body><p>echo outer document words</p></body></text>' "$(tei_head "Third")"
  doc "Enclosed" "delta enclosed document words"
  printf '</TEI>'
  printf '</teiCorpus>\n'
} >"$TMP/corpus.xml"
{
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">%s' "$(tei_head "Draft")"
  printf '<sourceDoc><surface><zone><line>foxtrot transcribed line</line></zone></surface></sourceDoc>'
  printf '<text><body><p>golf reading text</p></body></text></TEI>\n'
} >"$TMP/draft.xml"
check "fixtures valid against tei_all" tei_ok "$TMP/corpus.xml"
check "sourceDoc fixture valid against tei_all" tei_ok "$TMP/draft.xml"

rc=0; "$TEICONV" convert -v -t all -o "$TMP/o" "$TMP/corpus.xml" "$TMP/draft.xml" \
  2>"$TMP/err" || rc=$?
check "both convert to every format (exit $rc: $(grep -m3 'error' "$TMP/err"))" test "$rc" -eq 0
for w in alpha charlie Bravograd delta echo golf; do
  check "$w in the HTML" grep -q "$w" "$TMP/o/corpus.html" "$TMP/o/draft.html"
  check "$w in the text" grep -q "$w" "$TMP/o/corpus.txt" "$TMP/o/draft.txt"
done
rc=0; python3 "$SRC/tests/outputs/tei_words.py" 100 "$TMP/corpus.xml" "$TMP/o/corpus.html" \
  "$TMP/o/corpus.txt" "$TMP/draft.xml" "$TMP/o/draft.html" "$TMP/o/draft.txt" >"$TMP/words" || rc=$?
cat "$TMP/words"
check "every word of the texts and the standOff in HTML and text" test "$rc" -eq 0
same "a coverage line per file" "$(grep -c ' html=.* text=' "$TMP/words")" "2"
check "the sourceDoc is in the loss report" \
  grep -q 'draft.xml: note\[TC200\]: dropped: //sourceDoc: 1 source document transcriptions' "$TMP/err"
check "its words are not in the renderings (what the loss line says)" \
  test "$(cat "$TMP/o/draft.html" "$TMP/o/draft.txt" | grep -c foxtrot)" -eq 0
check "EAD 2002 valid against ead.xsd" ead_xsd_ok "$TMP/o/corpus.ead.xml" "$TMP/o/draft.ead.xml"
check "EAD3 valid against ead3.rng" ead3_ok "$TMP/o/corpus.ead3.xml"
finish
