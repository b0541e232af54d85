#!/usr/bin/env bash
# xmlin_tei.sh: every TEI file of the reference corpus (tei/, tei-more/: FRUS
# volumes, letters, manuscripts, drama, novels, verse, dictionaries) converts
# to EAD 2002 and EAD3 (valid against the official schemas and teiconv's own
# checks), HTML and text; each finding aid's dsc follows the text's divisions.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/../outputs/lib.bash"
need_reference
set -o pipefail
CORPUS="$REF/corpus/tei"
R="$REF/reference/schemas"

mapfile -t all < <(find "$REF/corpus/tei" "$REF/corpus/tei-more" -name '*.xml' | sort)
same "TEI corpus files (tei/ and tei-more/, as SOURCES.md lists them)" "${#all[@]}" 37

# dthpa-supino has duplicate xml:id values and some that are not NCNames:
# the schema check reports them (warnings; libxml2's own xml:id checks are
# not well-formedness errors, TC050), and the file converts.
inputs=("${all[@]}")

stem() { local b; b=$(basename "$1" .xml); echo "${b%.tei}"; }

for fmt in ead:ead.xml ead3:ead3.xml html:html text:txt; do
  t=${fmt%%:*} ext=${fmt##*:}
  rc=0; "$TEICONV" convert -q -t "$t" -o "$TMP/out" "${inputs[@]}" 2>"$TMP/err.$t" || rc=$?
  check "all TEI to $t: exit 0 ($(head -c 300 "$TMP/err.$t"))" test "$rc" -eq 0
  n=0
  for f in "${inputs[@]}"; do
    if [ -s "$TMP/out/$(stem "$f").$ext" ]; then n=$((n + 1)); fi
  done
  same "$t: one output per input" "$n" "${#inputs[@]}"
done
check "EAD 2002 outputs valid against ead.xsd" ead_xsd_ok "$TMP"/out/*.ead.xml
check "EAD3 outputs valid against ead3.rng (jing)" jing_ok "$R/ead3/ead3.rng" "$TMP"/out/*.ead3.xml
own_ok() { "$TEICONV" validate -q --catalog "$R/catalog.xml" "$@" >/dev/null 2>"$TMP/own.err"; }
check "EAD 2002 outputs pass teiconv validate ($(head -c 300 "$TMP/own.err"))" own_ok "$TMP"/out/*.ead.xml
check "EAD3 outputs pass teiconv validate ($(head -c 300 "$TMP/own.err"))" own_ok "$TMP"/out/*.ead3.xml

# Components: every file with two or more divisions has a dsc whose item
# count is its lowest-level division count (FRUS: its document divisions,
# at any depth); tei_units.py counts them in the input.
items() { grep -o '<c level="item"' "$1" | wc -l; }
python3 "$SRC/tests/cli/tei_units.py" "${inputs[@]}" >"$TMP/units"
same "tei_units.py: a line per input" "$(wc -l <"$TMP/units")" "${#inputs[@]}"
structured=0
while read -r f divs want; do
  b=$(stem "$f")
  [ "$divs" -ge 2 ] || continue
  structured=$((structured + 1))
  same "$b: $want items in EAD 2002 ($divs divisions)" "$(items "$TMP/out/$b.ead.xml")" "$want"
  same "$b: $want items in EAD3" "$(items "$TMP/out/$b.ead3.xml")" "$want"
  echo "components: $b divisions=$divs items=$want all=$(grep -c '<c ' "$TMP/out/$b.ead.xml")"
done <"$TMP/units"
check "at least 17 corpus files have two or more divisions ($structured)" test "$structured" -ge 17

# FRUS: documents nested in series and subseries, dated, with their ids
check "FRUS item dates normalised from the dateline" \
  grep -q '<unitdate normal="1934-02-20" era="ce" calendar="gregorian">February 20, 1934' "$TMP/out/frus1934v04.ead.xml"
check "FRUS item id from xml:id" grep -q '<c level="item" id="d1">' "$TMP/out/frus1934v04.ead.xml"
check "FRUS compilations are series" grep -q '<c level="series" id="comp1">' "$TMP/out/frus1934v04.ead.xml"
check "FRUS collection dates span the items" \
  grep -q '<unitdate normal="1793-08-23/1871-04-13"' "$TMP/out/frus1873p2v3.ead.xml"
check "EAD3 item date structured" \
  grep -q '<datesingle standarddate="1934-02-20">February 20, 1934' "$TMP/out/frus1934v04.ead3.xml"

# a play: acts of scenes; titles from head, ids from the place in the text
birds="$TMP/out/greekdracor-aristophanes-birds.ead.xml"
check "drama: a division holding others is a series" grep -q '<c level="series" id="c2">' "$birds"
check "drama: its scene an item, id from its place" grep -q '<c level="item" id="c2.1">' "$birds"
check "drama: title from head" grep -q '<unittitle>Parodos</unittitle>' "$birds"

# manuscript description: msDesc to did/repository, physdesc, langmaterial
ms="$TMP/out/bodleian-MS_Canon_Bibl_Lat_60.ead.xml"
check "msDesc: repository" grep -q '<repository>' "$ms"
check "msDesc: physdesc extent" grep -q '<extent>' "$ms"
check "msDesc: language code" grep -q '<language langcode="lat"' "$ms"
check "single document: archdesc level item" grep -q '<archdesc level="item">' "$ms"
rawl="$TMP/out/bodleian-MS_Rawl_C_162.ead.xml"
same "msDesc: the shelfmark is the first unitid" "$(xp "$rawl" "string((//ead:archdesc/ead:did/ead:unitid)[1])")" "MS. Rawl. C. 162"
same "msDesc: unitdate normal from origDate notBefore/notAfter" "$(xp "$rawl" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "1400/1410"
same "msDesc: extent without the dimensions" "$(xp "$rawl" "string(//ead:archdesc/ead:did/ead:physdesc/ead:extent)")" \
  "vi (paper) + ii (early-modern paper, tipped into quire 1) + 102 + xxxviii (paper) leaves"
same "msDesc: dimensions apart, with type and unit" "$(xp "$rawl" "string(//ead:dimensions[@type='binding'][@unit='mm'])")" "320 × 215 × 45 mm"
same "msDesc: msItems are components" "$(xp "$rawl" "count(//ead:dsc/ead:c[@otherlevel='msItem'])")" "4"
same "msDesc: an msItem's incipit as a note" "$(xp "$rawl" "string(//ead:c[@id='MS_Rawl_C_162-item1']/ead:odd/ead:p[2])")" "Incipit: Ad instructionem multorum quibus deest copia librorum"
same "msDesc: hands as phystech" "$(xp "$rawl" "string(//ead:phystech[ead:head='Hands']/ead:p)")" "Anglicana formata."
same "msDesc: acquisition as acqinfo" "$(xp "$rawl" "string(//ead:acqinfo/ead:p)")" "Bequeathed to the Bodleian in 1755"
same "msDesc: origPlace as geogname" "$(xp "$rawl" "string(//ead:controlaccess/ead:geogname[@role='place of origin'])")" "English"
laud="$TMP/out/bodleian-hebrew-MS_Laud_Or_113.ead.xml"
same "msPart: components holding their msItems" "$(xp "$laud" "count(//ead:c[@otherlevel='msPart'])"):$(xp "$laud" "count(//ead:c[@otherlevel='msItem'])")" "2:42"

# a letter: its archival source and printed editions, correspondents
letter="$TMP/out/schnitzler-briefe-L00133.ead.xml"
same "letter: unitid the call number of the original" "$(xp "$letter" "string(//ead:archdesc/ead:did/ead:unitid)")" "Hs-30885,26"
check "letter: originalsloc names the original" grep -q '<p>Frankfurt am Main, Freies Deutsches Hochstift, Hs-30885,26</p>' "$letter"
same "letter: printed editions in the bibliography" "$(xp "$letter" "count(//ead:bibliography/ead:bibref[contains(., 'Briefwechsel')])")" "2"
same "letter: no edition in scopecontent" "$(xp "$letter" "count(//ead:scopecontent[contains(., 'Briefwechsel')])")" "0"
same "letter: date sent" "$(xp "$letter" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "1892-11-09"
same "letter: the sender with the authority of the file's person list" \
  "$(xp "$letter" "concat(//ead:origination/ead:persname/@source, ' ', //ead:origination/ead:persname/@authfilenumber)")" "gnd https://d-nb.info/gnd/118609807/"
same "letter: the addressee an access point" "$(xp "$letter" "string(//ead:controlaccess/ead:persname[@role='addressee'])")" "Hofmannsthal, Hugo von"
cmif="$TMP/out/dta-soldatenbriefe-CMIF.ead.xml"
same "CMIF: one item per correspDesc" "$(xp "$cmif" "count(//ead:dsc/ead:c[@level='item'])")" "$(grep -c '<correspDesc' "$REF/corpus/tei-more/dta-soldatenbriefe-CMIF.xml")"
same "CMIF: place of sending with its geonames URI" "$(xp "$cmif" "string((//ead:geogname[@role='place of sending'])[1]/@source)")" "geonames"

finish
