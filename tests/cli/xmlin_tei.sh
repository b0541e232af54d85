#!/usr/bin/env bash
# xmlin_tei.sh: every TEI file of the reference corpus (FRUS volumes, letters,
# manuscripts, drama, verse) converts to valid EAD 2002 and EAD3, HTML and text.
. "$(dirname "$0")/lib.bash"
need_reference
CORPUS="$REF/corpus/tei"
# The engine's own stylesheets (tei2*.xsl) are compiled for every run.
if [ ! -f "$SRC/xsl/record/tei2ead.xsl" ]; then echo "SKIP: xsl/record/tei2ead.xsl not there yet" >&2; exit 77; fi

mapfile -t inputs < <(find "$CORPUS" -name '*.xml' | sort)
check "corpus has TEI files" test "${#inputs[@]}" -ge 10

"$TEICONV" convert -q -t ead -o "$TMP/out" "${inputs[@]}" 2>"$TMP/err"
check "all TEI to EAD 2002: exit 0 ($(head -c 300 "$TMP/err"))" test $? -eq 0
for f in "${inputs[@]}"; do
  b=$(basename "$f" .xml)
  check "$b: EAD 2002 written" test -s "$TMP/out/$b.ead.xml"
done
check "EAD 2002 outputs valid against ead.xsd" ead_xsd_ok "$TMP"/out/*.ead.xml

# FRUS: one item component per document division, nested in series
items() { grep -o '<c level="item"' "$1" | wc -l; }
docs() { grep -o "<div type=\"document\"" "$1" | wc -l; }
for v in frus1934v04:702 frus1873p2v3:23; do
  b=${v%%:*} n=${v##*:}
  check "$b: $n document divisions in the input" test "$(docs "$CORPUS/frus/$b.xml")" -eq "$n"
  check "$b: $n item components in EAD 2002" test "$(items "$TMP/out/$b.ead.xml")" -eq "$n"
done
check "FRUS item dates normalised from the dateline" \
  grep -q '<unitdate normal="1934-02-20" era="ce" calendar="gregorian">February 20, 1934' "$TMP/out/frus1934v04.ead.xml"
check "FRUS item id from xml:id" grep -q '<c level="item" id="d1">' "$TMP/out/frus1934v04.ead.xml"
check "FRUS chapters are series" grep -q '<c level="series">' "$TMP/out/frus1934v04.ead.xml"
check "FRUS collection dates span the items" \
  grep -q '<unitdate normal="1793-08-23/1871-04-13"' "$TMP/out/frus1873p2v3.ead.xml"

# EAD3: the same finding aids, migrated in memory, valid against ead3.rng
"$TEICONV" convert -q -t ead3 -o "$TMP/out" "${inputs[@]}" 2>"$TMP/err3"
check "all TEI to EAD3: exit 0" test $? -eq 0
check "EAD3 outputs valid against ead3.rng" jing_ok "$REF/reference/schemas/ead3/ead3.rng" "$TMP"/out/*.ead3.xml
check "frus1934v04: 702 item components in EAD3" test "$(items "$TMP/out/frus1934v04.ead3.xml")" -eq 702
check "EAD3 item date structured" \
  grep -q '<datesingle standarddate="1934-02-20">February 20, 1934' "$TMP/out/frus1934v04.ead3.xml"

# manuscript description: msDesc to did/repository, physdesc, langmaterial
ms="$TMP/out/bodleian-MS_Canon_Bibl_Lat_60.ead.xml"
check "msDesc: repository" grep -q '<repository>' "$ms"
check "msDesc: physdesc extent" grep -q '<extent>' "$ms"
check "msDesc: language code" grep -q '<language langcode="lat"' "$ms"
check "single document: archdesc level item" grep -q '<archdesc level="item">' "$ms"

finish
