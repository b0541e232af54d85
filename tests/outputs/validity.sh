#!/usr/bin/env bash
# validity.sh: EAD valid against the official ead.xsd, EAD3 against
# ead3.rng, DC valid against our schemas/oai_dc.rng, for the seed, the sample, date variants
# and the reference corpus's TEI; dates keep @normal/@era/@calendar.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
SAMPLE="$SRC/tests/outputs/sample-full.tei.xml"
mkdir -p "$TMP/in"

# Date variants of the sample: each replaces the creation date.
variant() { # NAME DATE-ELEMENT
  sed "s|<date when=\"1967-03-14\">March 14, 1967</date>|$2|" "$SAMPLE" >"$TMP/in/$1.tei.xml"
}
variant range '<date from="1967-03" to="1967-04">March-April 1967</date>'
variant approx '<date notBefore="1950-01-01" notAfter="1950-12-31" cert="medium">1 January [1950]</date>'
variant open '<date notBefore="1962">after 1962</date>'
variant undated '<date>(undated)</date>'
cp "$SAMPLE" "$TMP/in/sample-full.tei.xml"
cp "$SRC/examples/wilson-111189.txt" "$TMP/in/"
check "inputs are valid TEI" tei_ok "$TMP"/in/*.tei.xml

rc=0; "$TEICONV" convert -q --force -t all -o "$TMP/out" "$TMP"/in/*.tei.xml "$TMP/in/wilson-111189.txt" || rc=$?
check "conversions succeed" test "$rc" -eq 0
# one validator run for all files (jing's start-up dominates)
check "EAD valid against ead.xsd" ead_xsd_ok "$TMP"/out/*.ead.xml
check "EAD3 valid against ead3.rng" ead3_ok "$TMP"/out/*.ead3.xml
same "six of each" "$(ls "$TMP"/out/*.ead.xml "$TMP"/out/*.ead3.xml | wc -l)" "12"
for stem in sample-full range approx open undated wilson-111189; do
  check "$stem: DC is oai_dc" dc_ok "$TMP/out/$stem.dc.xml"
  check "$stem: HTML written" test -s "$TMP/out/$stem.html"
  check "$stem: text written" test -s "$TMP/out/$stem.txt"
  same "$stem: every EAD unitdate has era and calendar" \
    "$(xp "$TMP/out/$stem.ead.xml" "count(//ead:unitdate[not(@era='ce' and @calendar='gregorian')])")" "0"
done

# The DC grammar refuses what oai_dc does not allow (else dc_ok proves
# nothing): an unknown DC element, markup inside one, a bad xml:lang, a
# foreign attribute, another root
bad_dc() { # NAME SED-EXPRESSION
  sed "$2" "$TMP/out/wilson-111189.dc.xml" >"$TMP/bad-$1.dc.xml"
  check "bad DC ($1) is still well-formed" xmllint --noout "$TMP/bad-$1.dc.xml"
  check "bad DC ($1) refused by dc_ok" refused dc_ok "$TMP/bad-$1.dc.xml"
}
refused() { ! "$@"; }
bad_dc unknown 's|<dc:type>Text</dc:type>|<dc:kind>Text</dc:kind>|'
bad_dc markup 's|<dc:type>Text</dc:type>|<dc:type><b>Text</b></dc:type>|'
bad_dc lang 's|<dc:type>|<dc:type xml:lang="not a language">|'
bad_dc attribute 's|<dc:type>|<dc:type role="x">|'
bad_dc root 's|oai_dc:dc|oai_dc:record|g'
check "jing: the seed's DC passes" dc_rng_ok "$TMP/out/wilson-111189.dc.xml"
check "jing: an unknown DC element is refused" refused dc_rng_ok "$TMP/bad-unknown.dc.xml"

# The ISO forms of each kind of date, and none invented
ud() { xp "$TMP/out/$1.ead.xml" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)"; }
same "range: @normal" "$(ud range)" "1967-03/1967-04"
same "approx: @normal" "$(ud approx)" "1950-01-01/1950-12-31"
same "approx: certainty kept" "$(xp "$TMP/out/approx.ead.xml" "string(//ead:unitdate/@certainty)")" "medium"
same "open: no @normal invented" "$(xp "$TMP/out/open.ead.xml" "count(//ead:unitdate/@normal)")" "0"
same "undated: no @normal" "$(xp "$TMP/out/undated.ead.xml" "count(//ead:unitdate/@normal)")" "0"
same "undated: the printed form kept" "$(xp "$TMP/out/undated.ead.xml" "string(//ead:unitdate)")" "(undated)"
same "seed: @normal" "$(ud wilson-111189)" "1967-01-20"
same "range: EAD3 daterange" \
  "$(xp "$TMP/out/range.ead3.xml" "concat(//ead3:daterange/ead3:fromdate/@standarddate, ' ', //ead3:daterange/ead3:todate/@standarddate)")" "1967-03 1967-04"
same "open: EAD3 keeps the printed date, invents no ISO form" \
  "$(xp "$TMP/out/open.ead3.xml" "concat(normalize-space(//ead3:archdesc/ead3:did/ead3:unitdate), '|', count(//@standarddate))")" "after 1962|0"
same "undated: no unitdatestructured" "$(xp "$TMP/out/undated.ead3.xml" "count(//ead3:unitdatestructured)")" "0"
same "range: DC date" "$(xp "$TMP/out/range.dc.xml" "string(//dc:date[1])")" "1967-03/1967-04"

# TEI from elsewhere: the reference corpus (small files through the CLI,
# the large FRUS volume straight through the stylesheets)
for f in "$REF"/corpus/tei/misc/*.xml; do
  stem=$(basename "$f" .xml)
  rc=0; "$TEICONV" convert -q --force -t ead,ead3,dc,html,text -o "$TMP/corpus" "$f" || rc=$?
  check "$stem converts" test "$rc" -eq 0
  check "$stem: DC is oai_dc" dc_ok "$TMP/corpus/$stem.dc.xml"
done
FRUS="$REF/corpus/tei/frus/frus1873p2v3.xml"
xsltproc --nonet "$SRC/xsl/record/tei2ead.xsl" "$FRUS" >"$TMP/corpus/frus.ead.xml"
xsltproc --nonet "$SRC/xsl/record/tei2ead3.xsl" "$FRUS" >"$TMP/corpus/frus.ead3.xml"
check "corpus: EAD valid" ead_xsd_ok "$TMP"/corpus/*.ead.xml
check "corpus: EAD3 valid" ead3_ok "$TMP"/corpus/*.ead3.xml
cp "$TMP/corpus/frus.ead.xml" "$TMP/frus.ead.xml"
same "FRUS volume: one component per document" \
  "$(xp "$TMP/frus.ead.xml" "count(//ead:dsc/ead:c[@level='item'])")" \
  "$(xp "$FRUS" "count(//tei:div[@type='document'])")"
same "FRUS volume: archdesc is the collection" "$(xp "$TMP/frus.ead.xml" "string(//ead:archdesc/@level)")" "collection"
same "FRUS volume: dates span the documents" "$(xp "$TMP/frus.ead.xml" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "1793-08-23/1871-04-13"
finish
