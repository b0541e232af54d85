#!/usr/bin/env bash
# text.sh: the plain-text rendering: labelled header, body wrapped at 78
# columns without losing a word, editorial marks as in the source.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
SEED="$SRC/examples/wilson-111189.txt"
rc=0; convert_all "$SEED" "$TMP/o" || rc=$?
check "seed converts" test "$rc" -eq 0
T="$TMP/o/wilson-111189.txt"
TEI="$TMP/o/wilson-111189.tei.xml"

same "first line is the title label" "$(head -1 "$T")" \
  "Title: Record of Conversation between N.V. Podgorny and Ambassador of the DPRK in the USSR Kim Chunbong"
same "date label" "$(grep '^Date: ' "$T")" "Date: January 20, 1967"
same "record ID label" "$(grep '^Record ID: ' "$T")" "Record ID: 111189"
same "source label" "$(grep '^Source: ' "$T")" \
  "Source: AVPRF, fond 0102, opis 23, papka 110, delo 3, pp. 10-12. Translated for NKIDP by Sergey Radchenko."
same "two rights paragraphs" "$(grep -c '^Rights: ' "$T")" "2"

# body: no line over 78 characters (characters, not bytes)
blank=$(grep -n '^$' "$T" | head -1 | cut -d: -f1)
tail -n +"$blank" "$T" >"$TMP/body.txt"
same "no body line longer than 78 characters" \
  "$(LC_ALL=C.UTF-8 grep -cE '^.{79,}$' "$TMP/body.txt")" "0"
same "body lines are filled (some reach 70 characters)" \
  "$( [ "$(LC_ALL=C.UTF-8 grep -cE '^.{70,78}$' "$TMP/body.txt")" -gt 10 ] && echo yes)" "yes"
# the words of the body, in order, are those of the TEI body
xp "$TEI" "//tei:body" | tr -s ' \n' '\n\n' | grep -v '^$' >"$TMP/tei.words"
# the TEI's head is the title: the text has it in the header instead
tr -s ' \n' '\n\n' <"$TMP/body.txt" | grep -v '^$' >"$TMP/txt.words"
tail -n +"$(( $(xp "$TEI" "//tei:body//tei:head" | wc -w) + 1 ))" "$TMP/tei.words" |
  sed 's/^\(.*\)$/\1/' >"$TMP/tei.body.words"
# supplied text is bracketed in the text: compare with brackets removed
sed 's/[][]//g' "$TMP/txt.words" >"$TMP/txt.bare"
sed 's/[][]//g' "$TMP/tei.body.words" >"$TMP/tei.bare"
check "every word of the body, in order" cmp -s "$TMP/txt.bare" "$TMP/tei.bare"
tr '\n' ' ' <"$TMP/body.txt" >"$TMP/body.line"
check "supplied text in brackets" grep -q 'praised \[these results\] highly\. \[…\]' "$TMP/body.line"
same "elisions as printed" "$(grep -o '\[…\]' "$TMP/body.txt" | wc -l)" "2"
same "six paragraphs" "$(grep -c '^$' "$TMP/body.txt")" "6"

# a long word is never cut
printf 'Title: Long words\nDate: 1967\n\n%s %s\n' "$(printf 'x%.0s' $(seq 1 100))" "tail" >"$TMP/long.txt"
if "$TEICONV" convert -q --force -t text -o "$TMP/o" "$TMP/long.txt" 2>/dev/null; then
  check "a 100-character word stays whole" grep -qE '^x{100}$' "$TMP/o/long.txt"
  check "the next word follows on its own line" grep -qx 'tail' "$TMP/o/long.txt"
fi
finish
