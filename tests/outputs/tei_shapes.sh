#!/usr/bin/env bash
# tei_shapes.sh: teiconv's own small TEI fixtures (tests/tei/: a play, a novel,
# a volume of documents with enclosures, a composite manuscript, a letter, a
# dictionary, a prosopography) to EAD 2002, EAD3, HTML and text.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
set -o pipefail
R="$REF/reference/schemas"
mapfile -t inputs < <(find "$SRC/tests/tei" -name '*.xml' | sort)
same "seven fixtures" "${#inputs[@]}" "7"
rc=0; "$TEICONV" convert -q -t ead,ead3,html,text -o "$TMP/o" "${inputs[@]}" 2>"$TMP/err" || rc=$?
check "all fixtures convert ($(head -c 300 "$TMP/err"))" test "$rc" -eq 0
check "EAD 2002 valid against ead.xsd" ead_xsd_ok "$TMP"/o/*.ead.xml
check "EAD3 valid against ead3.rng" jing_ok "$R/ead3/ead3.rng" "$TMP"/o/*.ead3.xml
O="$TMP/o"
items() { xp "$1" "count(//ead:c[@level='item'])"; }

same "play: a scene an item" "$(items "$O/play.ead.xml")" "3"
same "play: acts are series titled by their head" "$(xp "$O/play.ead.xml" "string(//ead:c[@level='series'][1]/ead:did/ead:unittitle)")" "Act One"
same "play: a scene without head titled by type and number" "$(xp "$O/play.ead.xml" "string(//ead:c[@id='c1.2']/ead:did/ead:unittitle)")" "Scene 2"
same "novel: front, chapters and back matter" "$(items "$O/novel.ead.xml")" "5"
same "novel: chapter 2 has no head" "$(xp "$O/novel.ead.xml" "string(//ead:c[@id='c3']/ead:did/ead:unittitle)")" "Chapter 2"
same "enclosures: every document an item" "$(items "$O/enclosures.ead.xml")" "5"
same "enclosures: nested in their document" "$(xp "$O/enclosures.ead.xml" "count(//ead:c[@id='d1']//ead:c[@level='item'])")" "3"
same "enclosures: a sub-enclosure inside its enclosure" "$(xp "$O/enclosures.ead.xml" "count(//ead:c[@id='d1b']/ead:c[@id='d1b1'])")" "1"
same "enclosures: dates from the dateline" "$(xp "$O/enclosures.ead.xml" "string(//ead:c[@id='d2']/ead:did/ead:unitdate/@normal)")" "1901-04-01"

ms="$O/manuscript.ead.xml"
same "manuscript: shelfmark first" "$(xp "$ms" "string(//ead:archdesc/ead:did/ead:unitid[1])")" "MS. Test 1"
same "manuscript: origDate as unitdate, not the record's date" "$(xp "$ms" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "1201/1250"
same "manuscript: extent without dimensions" "$(xp "$ms" "string(//ead:archdesc/ead:did/ead:physdesc/ead:extent)")" "ii + 129 ff."
same "manuscript: dimensions apart" "$(xp "$ms" "string(//ead:archdesc/ead:did/ead:physdesc/ead:dimensions)")" "35.6 × 23.5 cm"
same "manuscript: binding as phystech" "$(xp "$ms" "string(//ead:phystech[ead:head='Binding']/ead:p)")" "Modern binding."
same "manuscript: origin date and place apart" "$(xp "$ms" "string(//ead:custodhist/ead:p[1])")" "Origin: first half of the 13th century England"
same "manuscript: EAD3 physdesc names the unit once" "$(xp "$O/manuscript.ead3.xml" "normalize-space(//ead3:archdesc/ead3:did/ead3:physdesc)")" "codex; ii + 129 ff.; 35.6 × 23.5 cm; parchment"
same "manuscript: provenance, acquisition" "$(xp "$ms" "concat(//ead:custodhist/ead:p[2], ' / ', //ead:acqinfo/ead:p)")" "Owned by a priory. / Bought in 1901."
same "manuscript: parts and items" "$(xp "$ms" "concat(count(//ead:c[@otherlevel='msPart']), ' ', count(//ead:c[@otherlevel='msItem']))")" "2 3"
same "manuscript: a part's own date (@from/@to)" "$(xp "$ms" "string(//ead:c[@otherlevel='msPart'][2]/ead:did/ead:unitdate/@normal)")" "1240/1250"
same "manuscript: an item's locus, author, explicit" \
  "$(xp "$ms" "concat(//ead:c[ead:did/ead:unitid='1']/ead:did/ead:physloc, ' | ', //ead:c[ead:did/ead:unitid='1']/ead:did/ead:origination/ead:persname, ' | ', //ead:c[ead:did/ead:unitid='1']/ead:odd/ead:p[2])")" \
  "1r–60v fols 1r-60v | Bede | Explicit: at the end"
same "manuscript: origPlace as geogname" "$(xp "$ms" "string(//ead:geogname[@role='place of origin'])")" "England"

l="$O/letter.ead.xml"
same "letter: call number as unitid" "$(xp "$l" "string(//ead:archdesc/ead:did/ead:unitid)")" "Box 3, No. 17"
same "letter: the original's location" "$(xp "$l" "string(//ead:originalsloc/ead:p)")" "Vienna, Test Archive, Box 3, No. 17"
same "letter: the printed edition in the bibliography" "$(xp "$l" "string(//ead:bibliography/ead:bibref)")" "Printed in: Collected Letters, Vienna 1964, p. 30."
same "letter: no scopecontent from the edition" "$(xp "$l" "count(//ead:scopecontent)")" "0"
same "letter: sender as origination" "$(xp "$l" "string(//ead:origination/ead:persname/@source)")" "gnd"
same "letter: addressee's authority from the standOff idno" "$(xp "$l" "string(//ead:controlaccess/ead:persname[@role='addressee']/@authfilenumber)")" "https://d-nb.info/gnd/118552813"
same "letter: unitdate from correspAction" "$(xp "$l" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "1892-11-09"

check "dictionary text: an entry's form and grammar on a line" grep -q 'house haus noun' "$O/dictionary.txt"
check "dictionary text: its senses" grep -q '1 a building for living in' "$O/dictionary.txt"
check "dictionary HTML: senses" grep -q '<div class="sense">' "$O/dictionary.html"
p="$O/prosopography.ead.xml"
same "prosopography: people, places, organisations as access points" \
  "$(xp "$p" "concat(count(//ead:controlaccess/ead:persname), count(//ead:controlaccess/ead:geogname), count(//ead:controlaccess/ead:corpname))")" "211"
same "prosopography: viaf authority" "$(xp "$p" "string(//ead:persname[.='Maria Theresa']/@source)")" "viaf"
check "prosopography HTML: the list under its head" grep -q '<h3>People of the edition</h3>' "$O/prosopography.html"
check "prosopography text: the standOff" grep -q 'Eszterháza' "$O/prosopography.txt"

args=()
for f in "${inputs[@]}"; do b=$(basename "$f" .xml); args+=("$f" "$O/$b.html" "$O/$b.txt"); done
check "fixtures: all words in HTML and text" python3 "$SRC/tests/outputs/tei_words.py" 100 "${args[@]}"
finish
