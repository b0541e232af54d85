#!/usr/bin/env bash
# html_charset.sh: every HTML kind (record, index, finding aid from EAD 2002
# and EAD3, TEI volume) declares its character set exactly once (the Nu
# validator refuses a meta charset beside libxslt's http-equiv), and each
# page's stylesheet link finds the CSS, subfolders too; finding aids show
# entry kinds in words and no glued labels.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
EAD=$(ls "$REF"/corpus/ead2002/*.xml | head -1)
EAD3=$(ls "$REF"/corpus/ead3/*.xml | head -1)
TEI="$REF/corpus/tei/frus/frus1873p2v3.xml"
rc=0; "$TEICONV" convert -q -t html --collection c.ead.xml -o "$TMP/o" \
  "$SRC/tests/records/labelled-basic.txt" "$EAD" "$EAD3" "$TEI" || rc=$?
same "every kind converts" "$rc" 0
n=0
for f in "$TMP"/o/*.html; do
  n=$((n + 1))
  same "$(basename "$f"): one charset declaration" \
    "$(grep -o -i '<meta[^>]*charset' "$f" | wc -l)" 1
done
check "five pages (record, EAD, EAD3, TEI volume, index): $n" test "$n" -eq 5

# finding aids: entry kinds in words, never glued to the text that follows
fa="$TMP/o/$(basename "$EAD" .xml).html"
check "finding aid: no element names shown" bash -c "! grep -q '(persname)\|(corpname)\|(geogname)' '$fa'"
check "finding aid: a level label is followed by a space" \
  bash -c "! grep -q '<span class=\"level\">[a-z]*</span>[^ ]' '$fa'"

# inputs only in subfolders: the index at the root still finds its stylesheet
mkdir -p "$TMP/tree/1955" && cp "$SRC/tests/records/labelled-basic.txt" "$TMP/tree/1955/"
rc=0; "$TEICONV" convert -q -t html --collection c.ead.xml -o "$TMP/t" "$TMP/tree" || rc=$?
same "subfolder inputs: exit" "$rc" 0
css=$(xph "$TMP/t/index.html" 'string(//link[@rel="stylesheet"]/@href)')
check "index.html's stylesheet ($css) is there" test -s "$TMP/t/$css"
css=$(xph "$TMP/t/1955/labelled-basic.html" 'string(//link[@rel="stylesheet"]/@href)')
check "the record page's stylesheet ($css) is there" test -s "$TMP/t/1955/$css"
finish
