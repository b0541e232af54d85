#!/usr/bin/env bash
# html_charset.sh: every HTML kind (record, index, finding aid from EAD 2002
# and EAD3, TEI volume) declares its character set exactly once (the Nu
# validator refuses a meta charset beside libxslt's http-equiv).
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
finish
