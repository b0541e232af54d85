#!/usr/bin/env bash
# tei_words.sh: the HTML and text renderings of every TEI file of the reference
# corpus (tei/, tei-more/, all folders) hold at least 99.5 % of the words of
# its text and standOff (tei_words.py counts them, with their repeats).
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
set -o pipefail

mapfile -t inputs < <(find "$REF/corpus/tei" "$REF/corpus/tei-more" -name '*.xml' | sort)
check "corpus has at least 37 TEI files (${#inputs[@]})" test "${#inputs[@]}" -ge 37
rc=0; "$TEICONV" convert -q -t html,text -o "$TMP/out" "${inputs[@]}" 2>"$TMP/err" || rc=$?
check "all TEI to HTML and text: exit 0" test "$rc" -eq 0

words_kept 99.5 "$TMP/out" "${inputs[@]}"
check "every file: at least 99.5 % of its words in HTML and in text" test "$words_rc" -eq 0
same "a coverage line per file" "$(grep -c ' html=.* text=' "$TMP/words")" "${#inputs[@]}"
check "the counted words are many (FRUS: over 200,000)" \
  test "$(sed -n 's/^frus1934v04.xml words=\([0-9]*\) .*/\1/p' "$TMP/words")" -gt 200000

# the shapes the renderings used to lose
dict="$TMP/out/vicav-dict-dc_acm_baghdad_eng_001.txt"
check "dictionary text: its entries ($(grep -c 'noun' "$dict") lines with noun)" test "$(grep -c 'noun' "$dict")" -ge 500
check "parliament text: its utterances" grep -q 'Xustificou a inasistencia a deputada dona Elena González Sánchez.' "$TMP/out/parlamint-es-ga-2016-07-12-DSPG161.txt"
check "standOff in text: under its title" grep -qx 'Authority data' "$TMP/out/rusdracor-gogol-otryvok.txt"
check "standOff in HTML: its own section" grep -q '<section class="standOff"><h2>Authority data</h2>' "$TMP/out/rusdracor-gogol-otryvok.html"
check "back-matter places in HTML: a list" grep -q '<section class="listPlace"><h3>Places</h3><ul>' "$TMP/out/schnitzler-briefe-L03521.html"
finish
