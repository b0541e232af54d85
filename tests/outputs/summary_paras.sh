#!/usr/bin/env bash
# summary_paras.sh: a summary of several paragraphs keeps them in every
# layout (labelled, main site with the summary last, mirror with it first,
# Summary in Document Information, older site with it before "View document") and every output (TEI abstract/p, EAD and
# EAD3 scopecontent/p and one did/abstract each, HTML, text, read back from
# the text); the title is never a summary paragraph; the seed keeps its one;
# any TEI document keeps its abstract's paragraphs too.
# And EAD3's extent is physdescstructured (quantity, unittype) when it reads
# as a number and a unit; all outputs valid against the official schemas.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
R="$REF/reference/schemas"
mapfile -t fx < <(ls "$SRC"/tests/records/summary-paras-*.txt)
same "summary fixtures (labelled, main, mirror, info, older)" "${#fx[@]}" 5
SEED="$SRC/examples/wilson-111189.txt"
SEED2=$(ls "$REF"/seeds/*.txt | head -1)

rc=0; "$TEICONV" convert -q -t all -o "$TMP/o" "${fx[@]}" "$SEED" || rc=$?
same "all convert" "$rc" 0
for f in "${fx[@]}"; do
  b=$(basename "$f" .txt)
  tei="$TMP/o/$b.tei.xml" ead="$TMP/o/$b.ead.xml" ead3="$TMP/o/$b.ead3.xml"
  same "$b: TEI abstract has 2 paragraphs" "$(xp "$tei" 'count(//tei:profileDesc/tei:abstract/tei:p)')" 2
  p1=$(xp "$tei" 'normalize-space(//tei:profileDesc/tei:abstract/tei:p[1])')
  p2=$(xp "$tei" 'normalize-space(//tei:profileDesc/tei:abstract/tei:p[2])')
  title=$(xp "$tei" 'normalize-space(//tei:titleStmt/tei:title[@type="main"])')
  check "$b: the title is not a summary paragraph" test "$title" != "$p1" -a "$title" != "$p2"
  check "$b: the title is not in the body" test "$(xp "$tei" "count(//tei:body//tei:p[normalize-space() = normalize-space(//tei:titleStmt/tei:title[@type='main'])])")" = 0
  check "$b: no summary paragraph in the body" test "$(xp "$tei" 'count(//tei:body//tei:p[normalize-space() = normalize-space(//tei:abstract/tei:p[1]) or normalize-space() = normalize-space(//tei:abstract/tei:p[2])])')" = 0
  same "$b: EAD scopecontent has both" "$(xp "$ead" 'count(//ead:archdesc/ead:scopecontent[ead:head="Summary"]/ead:p)')" 2
  same "$b: EAD did/abstract per paragraph" "$(xp "$ead" 'normalize-space(//ead:archdesc/ead:did/ead:abstract[2])')" "$p2"
  same "$b: EAD3 scopecontent has both" "$(xp "$ead3" 'count(//ead3:archdesc/ead3:scopecontent[ead3:head="Summary"]/ead3:p)')" 2
  same "$b: EAD3 did/abstract per paragraph" "$(xp "$ead3" 'count(//ead3:archdesc/ead3:did/ead3:abstract)')" 2
  same "$b: HTML summary section, 2 paragraphs" "$(xph "$TMP/o/$b.html" 'count(//section[@id="summary"]/p)')" 2
  same "$b: HTML description, the paragraphs a space apart" \
    "$(xph "$TMP/o/$b.html" 'string(//meta[@name="description"]/@content)')" "$p1 $p2"
  same "$b: text has a Summary line per paragraph" "$(grep -c '^Summary: ' "$TMP/o/$b.txt")" 2
  same "$b: DC description, both paragraphs" "$(xp "$TMP/o/$b.dc.xml" 'normalize-space(//dc:description[1])')" "$p1 $p2"
  # the text reads back with its paragraphs
  "$TEICONV" convert -q -t tei -o - "$TMP/o/$b.txt" >"$TMP/back.xml"
  same "$b: text read back, 2 paragraphs" "$(xp "$TMP/back.xml" 'count(//tei:abstract/tei:p)')" 2
  same "$b: text read back, the second" "$(xp "$TMP/back.xml" 'normalize-space(//tei:abstract/tei:p[2])')" "$p2"
done

# any TEI document (not a record): an abstract of two paragraphs is two
# did/abstracts in EAD and EAD3, two p in HTML, two Abstract lines in text,
# never glued together
cat >"$TMP/abs.xml" <<'EOF'
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letters of a Merchant</title></titleStmt><publicationStmt><p>Published here.</p></publicationStmt><sourceDesc><p>Edited from the originals.</p></sourceDesc></fileDesc><profileDesc><abstract><p>First paragraph of the abstract.</p><p>Second paragraph of the abstract.</p></abstract></profileDesc></teiHeader><text><body><div><head>One</head><p>Text one.</p></div><div><head>Two</head><p>Text two.</p></div></body></text></TEI>
EOF
"$TEICONV" convert -q -t ead,ead3,html,text,dc -o "$TMP/a" "$TMP/abs.xml"
same "TEI doc: EAD abstracts" "$(xp "$TMP/a/abs.ead.xml" 'concat(count(//ead:archdesc/ead:did/ead:abstract), "|", //ead:archdesc/ead:did/ead:abstract[2])')" "2|Second paragraph of the abstract."
same "TEI doc: EAD3 abstracts" "$(xp "$TMP/a/abs.ead3.xml" 'count(//ead3:archdesc/ead3:did/ead3:abstract)')" 2
same "TEI doc: HTML summary paragraphs" "$(xph "$TMP/a/abs.html" 'count(//dl[@class="meta"]/dd/p)')" 2
same "TEI doc: text Abstract lines" "$(grep -c '^Abstract: .* of the abstract\.$' "$TMP/a/abs.txt")" 2
same "TEI doc: DC, a space between" "$(xp "$TMP/a/abs.dc.xml" 'string(//dc:description)')" "First paragraph of the abstract. Second paragraph of the abstract."
check "TEI doc: EAD valid" ead_xsd_ok "$TMP/a/abs.ead.xml"
check "TEI doc: EAD3 valid" jing_ok "$R/ead3/ead3.rng" "$TMP/a/abs.ead3.xml"

# the seed: its one summary paragraph, not the title
for s in "$SEED" "$SEED2"; do
  "$TEICONV" convert -q -t tei,ead3 -o "$TMP/s" "$s"
  b=$(basename "$s" .txt)
  same "$b: one summary paragraph" "$(xp "$TMP/s/$b.tei.xml" 'count(//tei:abstract/tei:p)')" 1
  check "$b: summary is not the title" test "$(xp "$TMP/s/$b.tei.xml" 'normalize-space(//tei:abstract/tei:p)')" != "$(xp "$TMP/s/$b.tei.xml" 'normalize-space(//tei:titleStmt/tei:title[@type="main"])')"
  same "$b: EAD3 extent structured" \
    "$(xp "$TMP/s/$b.ead3.xml" 'concat(//ead3:archdesc/ead3:did/ead3:physdescstructured/@physdescstructuredtype, "|", //ead3:archdesc/ead3:did/ead3:physdescstructured/@coverage, "|", //ead3:archdesc/ead3:did/ead3:physdescstructured/ead3:quantity, "|", //ead3:archdesc/ead3:did/ead3:physdescstructured/ead3:unittype)')" \
    "materialtype|whole|3|pages"
done

# EAD3 extent: structured where it parses, text where it does not
"$TEICONV" convert -q -t ead3 --extent "1.5 linear feet" -o "$TMP/lf" "$SEED"
same "--extent 1.5 linear feet: spaceoccupied" \
  "$(xp "$TMP/lf/wilson-111189.ead3.xml" 'concat(//ead3:did/ead3:physdescstructured/@physdescstructuredtype, "|", //ead3:did/ead3:physdescstructured/ead3:quantity, "|", //ead3:did/ead3:physdescstructured/ead3:unittype)')" \
  "spaceoccupied|1.5|linear feet"
"$TEICONV" convert -q -t ead3 --extent "2 boxes" -o "$TMP/bx" "$SEED"
same "--extent 2 boxes: carrier" "$(xp "$TMP/bx/wilson-111189.ead3.xml" 'string(//ead3:did/ead3:physdescstructured/@physdescstructuredtype)')" carrier
"$TEICONV" convert -q -t ead3 --extent "several folders (about 30 pages)" -o "$TMP/tx" "$SEED"
same "--extent in words: physdesc text" "$(xp "$TMP/tx/wilson-111189.ead3.xml" 'concat(count(//ead3:physdescstructured), "|", normalize-space(//ead3:archdesc/ead3:did/ead3:physdesc))')" \
  "0|several folders (about 30 pages)"
# EAD3 -> EAD 2002 -> EAD3 keeps the structure (type and coverage in altrender)
"$TEICONV" convert -q -t ead -o "$TMP/rt" "$TMP/lf/wilson-111189.ead3.xml"
check "EAD3 to 2002: extent" grep -q '<extent>1.5 linear feet</extent>' "$TMP/rt/wilson-111189.ead3.ead.xml"
"$TEICONV" convert -q -t ead3 -o "$TMP/rt3" "$TMP/rt/wilson-111189.ead3.ead.xml"
same "and back to EAD3: the same structure" \
  "$(xp "$TMP/rt3/wilson-111189.ead3.ead.ead3.xml" 'concat(//ead3:archdesc/ead3:did/ead3:physdescstructured/@physdescstructuredtype, "|", //ead3:archdesc/ead3:did/ead3:physdescstructured/@coverage, "|", //ead3:archdesc/ead3:did/ead3:physdescstructured/ead3:quantity)')" \
  "spaceoccupied|whole|1.5"

check "EAD valid (ead.xsd)" ead_xsd_ok "$TMP"/o/*.ead.xml "$TMP/rt/wilson-111189.ead3.ead.xml"
check "EAD3 valid (ead3.rng)" jing_ok "$R/ead3/ead3.rng" "$TMP"/o/*.ead3.xml "$TMP"/s/*.ead3.xml \
  "$TMP/lf/wilson-111189.ead3.xml" "$TMP/bx/wilson-111189.ead3.xml" "$TMP/tx/wilson-111189.ead3.xml" "$TMP/rt3/wilson-111189.ead3.ead.ead3.xml"
check "TEI valid (tei_all.rng)" jing_ok "$R/tei/tei_all.rng" "$TMP"/o/*.tei.xml
check "DC valid (our oai_dc grammar)" dc_rng_ok "$TMP"/o/*.dc.xml
own() { "$TEICONV" validate -q --own "$@" >/dev/null 2>&1; }
check "TEI valid (our schema)" own "$TMP"/o/*.tei.xml
finish
