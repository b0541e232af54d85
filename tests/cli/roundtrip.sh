#!/usr/bin/env bash
# roundtrip.sh: the plain-text rendering fed back into teiconv gives the
# same TEI, byte for byte, for the seed and the fixture records. Records
# listed in KNOWN_GAPS still lose structure in the text rendering (list
# numbers, document contributors, a citation before the body): issue 5.
. "$(dirname "$0")/lib.bash"
KNOWN_GAPS=" classification-in-body main-all-labels main-current-site older-caps-citation older-unlabelled title-date-from-citation title-in-citation "

"$TEICONV" convert -q -t tei,text -o "$TMP/first" "$SRC"/examples/*.txt "$SRC"/tests/records/*.txt
check "first pass: exit 0" test $? -eq 0
mkdir -p "$TMP/text"
cp "$TMP"/first/*.txt "$TMP/text/"
"$TEICONV" convert -q -t tei -o "$TMP/second" "$TMP"/text/*.txt
check "second pass: exit 0" test $? -eq 0
count=0
for tei in "$TMP"/first/*.tei.xml; do
  name=$(basename "$tei" .tei.xml)
  case "$KNOWN_GAPS" in *" $name "*) continue ;; esac
  count=$((count + 1))
  check "$name: same TEI after the text round trip" cmp -s "$tei" "$TMP/second/$name.tei.xml"
done
check "at least 50 records round-trip (got $count)" test "$count" -ge 50
check "the seed is among them" cmp -s "$TMP/first/wilson-111189.tei.xml" "$TMP/second/wilson-111189.tei.xml"
finish
