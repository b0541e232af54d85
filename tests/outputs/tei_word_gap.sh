#!/usr/bin/env bash
# tei_word_gap.sh: the word-boundary rule (word-gap, xsl/lib/teidoc-common.xsl)
# on small fixtures (tests/outputs/word-gap/), one per shape that lost words
# or ran two together in HTML or text: a note's number before its first word
# (text), a page or column break with nothing around it (HTML), a note inside
# an item that holds a list (text), an element of another namespace (text),
# a label or desc inside a paragraph and a desc in an interpGrp (HTML), a
# column break between words (HTML); and two guards: break="no" joins the
# halves of a word, a dictionary entry's notes come once. Every fixture keeps
# all its words in both renderings, none run together (tei_words.py), and
# its HTML passes html_check.py.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
set -o pipefail
inputs=("$SRC"/tests/outputs/word-gap/*.xml)
same "word-gap fixtures" "${#inputs[@]}" "8"
# all but other-namespace.xml (tei_all has no place for a foreign element in
# a head) are valid TEI
valid=()
for f in "${inputs[@]}"; do [[ $f == */other-namespace.xml ]] || valid+=("$f"); done
same "fixtures meant to be valid" "${#valid[@]}" "7"
check "fixtures valid against tei_all.rng (jing)" \
  jing_ok "$REF/reference/schemas/tei/tei_all.rng" "${valid[@]}"
rc=0; "$TEICONV" convert -q -t html,text -o "$TMP/o" "${inputs[@]}" 2>"$TMP/err" || rc=$?
check "fixtures to HTML and text: exit 0 ($(head -c 300 "$TMP/err"))" test "$rc" -eq 0
check "HTML passes html_check.py" python3 "$SRC/tests/outputs/html_check.py" "$TMP"/o/*.html

words_kept 100 "$TMP/o" "${inputs[@]}"
check "every fixture: all its words, none run together, in HTML and text" test "$words_rc" -eq 0
same "fixtures with no word lost or joined" \
  "$(grep -c ' html=100.00% text=100.00% joined=0,0$' "$TMP/words")" "8"

O="$TMP/o"
check "text: a note's number apart from its first word" grep -qx '  \[16 charlie delta\]' "$O/note-number.txt"
check "text: an item's note after the item, not inside its words" grep -qx -- '- romeo sierra victor' "$O/item-note.txt"
check "text: an element of another namespace apart" grep -qx 'xray yankee zulu' "$O/other-namespace.txt"
check "HTML: a page break with no number between words" grep -q 'echo foxtrot' "$O/page-break.html"
check "HTML: a column break between words" grep -q 'golf hotel' "$O/page-break.html"
check "HTML: a label and a desc apart from the words around them" grep -q 'dune ember fjord grove heath' "$O/desc-label.html"
check "HTML: an interpGrp's desc apart from its interp" grep -q 'inlet  *jetty' "$O/desc-label.html"
check "break=\"no\": one word in text" grep -q 'limamike novemberoscar' "$O/break-no.txt"
check "break=\"no\": one word in HTML" grep -q 'limamike novemberoscar' "$O/break-no.html"
same "text: an entry's note once" "$(grep -c 'ledge marsh' "$O/entry-note.txt")" "1"
finish
