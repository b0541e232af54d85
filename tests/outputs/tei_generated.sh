#!/usr/bin/env bash
# tei_generated.sh: random valid TEI from tei_all.rng (tests/migrate/rng_gen.py)
# converts to every format: exit 0, one output of each kind per document, EAD
# valid against the official ead.xsd, EAD3 against ead3.rng, TEI against
# tei_all.rng, DC against our oai_dc grammar, and every word of each
# document's text and standOff in its HTML and text (tei_words.py, 100 %).
# TEI_GEN_COUNT (default 20: 30 took 150 s on a loaded machine), TEI_GEN_SEED
# (default 1) and TEI_GEN_ELEMENTS (elements a document may hold, default 800)
# size the run. TEI_GEN_CAPS
# ("teiHeader=100 facsimile=40", rng_gen.py's --cap) gives elements a share of
# the budget: the header comes first and otherwise takes nearly all of it, so
# that most texts take their cheapest form, without a word.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
set -o pipefail
COUNT=${TEI_GEN_COUNT:-20}
SEED=${TEI_GEN_SEED:-1}
ELEMENTS=${TEI_GEN_ELEMENTS:-800}
TEI_RNG="$REF/reference/schemas/tei/tei_all.rng"
t0=$(date +%s)

# invalid_count SCHEMA FILE...: how many of the files jing refuses (one JVM)
invalid_count() {
  local rng=$1; shift
  { jing "$rng" "$@" 2>/dev/null || true; } | cut -d: -f1 | sort -u | wc -l
}

caps=()
for c in ${TEI_GEN_CAPS:-}; do caps+=(--cap "$c"); done
python3 "$SRC/tests/migrate/rng_gen.py" --rng "$TEI_RNG" --out "$TMP/in" --count "$COUNT" \
  --seed "$SEED" --max-elements "$ELEMENTS" "${caps[@]}"
mapfile -t inputs < <(find "$TMP/in" -name '*.xml' | sort)
same "documents generated" "${#inputs[@]}" "$COUNT"
same "generated documents invalid against tei_all.rng (jing)" "$(invalid_count "$TEI_RNG" "${inputs[@]}")" "0"

rc=0; "$TEICONV" convert -q -t all -o "$TMP/out" "${inputs[@]}" 2>"$TMP/err" || rc=$?
check "all to every format: exit 0 (exit $rc: $(head -c 300 "$TMP/err"))" test "$rc" -eq 0
for ext in ead.xml ead3.xml tei.xml dc.xml html txt; do
  same "outputs *.$ext" "$(find "$TMP/out" -name "*.$ext" | wc -l)" "$COUNT"
done
check "EAD valid against ead.xsd" ead_xsd_ok "$TMP"/out/*.ead.xml
same "EAD3 invalid against ead3.rng (jing)" \
  "$(invalid_count "$REF/reference/schemas/ead3/ead3.rng" "$TMP"/out/*.ead3.xml)" "0"
same "TEI outputs invalid against tei_all.rng (jing)" "$(invalid_count "$TEI_RNG" "$TMP"/out/*.tei.xml)" "0"
bad_dc=0
for f in "$TMP"/out/*.dc.xml; do dc_ok "$f" || { echo "not oai_dc: $f" >&2; bad_dc=$((bad_dc + 1)); }; done
same "DC outputs not oai_dc" "$bad_dc" "0"

words_kept 100 "$TMP/out" "${inputs[@]}"
check "every document: all its words in HTML and in text" test "$words_rc" -eq 0
same "a coverage line per document" "$(grep -c ' html=.* text=' "$TMP/words")" "$COUNT"
with_words=$(grep -c ' words=[1-9]' "$TMP/words" || true)
check "documents with words to count: $with_words" test "$with_words" -gt 0
# The shapes the renderings once lost, in one small document (the generated
# ones reach them only now and then): a relation's desc, a note before the
# body, an element of another namespace between words (FRUS's
# frus:attachment; tei_all has no place for it, so this one is not valid),
# an availability whose p has no words beside an ab that has (its EAD
# userestrict was left empty: invalid, the output refused).
mkdir -p "$TMP/fx"
tei_head='<teiHeader><fileDesc><titleStmt><title>Shapes</title></titleStmt><publicationStmt><publisher>Test</publisher><availability><p><ptr target="#x"/></p><ab>lima open to all</ab></availability></publicationStmt><sourceDesc><p>Made for the test.</p></sourceDesc></fileDesc></teiHeader>'
printf '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">%s<standOff><listRelation><relation name="kin" active="#a" passive="#b"><desc>cousins by marriage</desc></relation></listRelation></standOff><text><note>hotel note before the body</note><body><p>india<x:seal xmlns:x="urn:x-test">juliet</x:seal>kilo</p></body></text></TEI>\n' \
  "$tei_head" >"$TMP/fx/shapes.xml"
rc=0; "$TEICONV" convert -q -t html,text,ead -o "$TMP/fx" "$TMP/fx/shapes.xml" || rc=$?
check "shapes: exit 0" test "$rc" -eq 0
python3 "$SRC/tests/outputs/tei_words.py" 0 "$TMP/fx/shapes.xml" "$TMP/fx/shapes.html" "$TMP/fx/shapes.txt" >"$TMP/fx/words"
check "shapes: all 11 words in HTML ($(cat "$TMP/fx/words"))" grep -q '^shapes.xml words=11 html=100.00%' "$TMP/fx/words"
check "shapes: the note before the body in HTML" grep -q 'hotel note before the body' "$TMP/fx/shapes.html"
check "shapes: the relation's desc in text" grep -qx 'cousins by marriage' "$TMP/fx/shapes.txt"
check "shapes: EAD valid against ead.xsd" ead_xsd_ok "$TMP/fx/shapes.ead.xml"
same "shapes: EAD userestrict, the ab's words" \
  "$(xp "$TMP/fx/shapes.ead.xml" "normalize-space(//ead:userestrict)")" "lima open to all"

echo "tei_generated: $COUNT documents (seed $SEED, $ELEMENTS elements) in $(($(date +%s) - t0)) s"
finish
