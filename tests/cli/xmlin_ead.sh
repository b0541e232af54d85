#!/usr/bin/env bash
# xmlin_ead.sh: EAD 2002 inputs (namespaced, no namespace, DOCTYPE) migrate to
# EAD3 valid against ead3.rng, with the loss report; EAD3 passes through.
. "$(dirname "$0")/lib.bash"
need_reference
CORPUS="$REF/corpus"
if [ ! -f "$SRC/xsl/record/tei2ead.xsl" ]; then echo "SKIP: xsl/record/tei2ead.xsl not there yet" >&2; exit 77; fi

# columbia-has_bulk_range is invalid EAD 2002 (SOURCES.md); the rest is valid
# as is or after namespacing, and must migrate to valid EAD3.
mapfile -t ead2002 < <(find "$CORPUS/ead2002" -name '*.xml' ! -name 'columbia-has_bulk_range.xml' | sort)
check "corpus has valid EAD 2002 files" test "${#ead2002[@]}" -ge 7

rc=0; "$TEICONV" convert -v -t ead3 -o "$TMP/e3" "${ead2002[@]}" 2>"$TMP/err" || rc=$?
check "EAD 2002 to EAD3: exit 0" test "$rc" -eq 0
outs=()
for f in "${ead2002[@]}"; do
  b=$(basename "$f" .xml)
  check "$b: EAD3 written" test -s "$TMP/e3/$b.ead3.xml"
  outs+=("$TMP/e3/$b.ead3.xml")
done
check "all migrated EAD3 valid against ead3.rng" jing_ok "$REF/reference/schemas/ead3/ead3.rng" "${outs[@]}"

# no-namespace inputs are namespaced on the way in, with a note; the DOCTYPE
# of terezin is dropped, never loaded
check "no-namespace input noted" grep -q 'ehri-comprehensive-ead.xml.*has no namespace' "$TMP/err"
check "DOCTYPE noted as ignored" grep -q 'ehri-terezin.xml.*DOCTYPE ead.*ignored' "$TMP/err"

# dates with @normal become unitdatestructured, the printed form in altrender
w="$TMP/e3/arclight-deeply-nested-components.ead3.xml"
check "unitdatestructured from @normal" grep -q '<unitdatestructured' "$w"
check "daterange fromdate with standarddate" grep -q '<fromdate standarddate="[0-9]\{4\}' "$w"
check "numbered components kept" grep -q '<c12' "$w"
check "recordid from eadid" grep -q '<recordid' "$w"

# the loss report: every dropped item is a warning naming where it was
check "loss report names the dropped item" \
  grep -q 'emory-bailey807.xml: warning\[TC021\]: ead/ead2ead3.xsl: loss: /ead/archdesc: attribute relatedencoding="MARC21" dropped' "$TMP/err"
check "loss report: legalstatus head" grep -q 'ehri-comprehensive-ead.xml.*loss: .*accessrestrict.*Legal Status note' "$TMP/err"

# component counts survive the migration
count_c() { grep -o '<c[0-9 >]' "$1" | wc -l; }
check "rockwell-kent: 2760 components kept" test "$(count_c "$TMP/e3/columbia-as_ead_resource_4767-rockwell-kent.ead3.xml")" -eq 2760
check "terezin: 5779 components kept" test "$(count_c "$TMP/e3/ehri-terezin.ead3.xml")" -eq 5779

# EAD 2002 to EAD 2002: the namespaced document, valid against ead.xsd
rc=0; "$TEICONV" convert -q -t ead -o "$TMP/e2" "$CORPUS/ead2002/ehri-comprehensive-ead.xml" "$CORPUS/ead2002/ehri-wegwijzer.xml" || rc=$?
check "EAD 2002 to ead: exit 0" test "$rc" -eq 0
check "namespaced EAD 2002 valid against ead.xsd" ead_xsd_ok "$TMP/e2/ehri-comprehensive-ead.ead.xml" "$TMP/e2/ehri-wegwijzer.ead.xml"

# no route: EAD to TEI is refused with a message, not a crash
rc=0; "$TEICONV" convert -t tei -o "$TMP/no" "$CORPUS/ead2002/ehri-wegwijzer.xml" 2>"$TMP/err.tei" || rc=$?
check "EAD to TEI: exit 1" test "$rc" -eq 1
check "EAD to TEI: says why" grep -q 'no conversion to tei' "$TMP/err.tei"

# EAD3 inputs: ead3 is the input itself, still valid
mapfile -t ead3 < <(find "$CORPUS/ead3" -name '*.xml' | sort)
rc=0; "$TEICONV" convert -q -t ead3 -o "$TMP/e33" "${ead3[@]}" || rc=$?
check "EAD3 to ead3: exit 0" test "$rc" -eq 0
check "EAD3 passthrough valid" jing_ok "$REF/reference/schemas/ead3/ead3.rng" "$TMP"/e33/*.ead3.xml

finish
