#!/usr/bin/env bash
# xmlin_render.sh: HTML and plain text from every TEI and EAD (2002 and 3)
# file of the corpus: browsable FRUS volume, finding aids with the dsc tree.
. "$(dirname "$0")/lib.bash"
need_reference
CORPUS="$REF/corpus"
if [ ! -f "$SRC/xsl/record/tei2ead.xsl" ]; then echo "SKIP: xsl/record/tei2ead.xsl not there yet" >&2; exit 77; fi

mapfile -t all < <(find "$CORPUS/tei" "$CORPUS/ead2002" "$CORPUS/ead3" -name '*.xml' | sort)
check "corpus has TEI and EAD files" test "${#all[@]}" -ge 21

rc=0; "$TEICONV" convert -q -t html,text -o "$TMP/out" "${all[@]}" 2>"$TMP/err" || rc=$?
check "all to HTML and text: exit 0 ($(head -c 300 "$TMP/err"))" test "$rc" -eq 0
for f in "${all[@]}"; do
  b=$(basename "$f" .xml)
  check "$b: HTML written" test -s "$TMP/out/$b.html"
  check "$b: text written" test -s "$TMP/out/$b.txt"
  check "$b: HTML parses" xmllint --html --noout --nowarning "$TMP/out/$b.html" 2>/dev/null
  # libxml2's HTML parser only complains about HTML5 element names
  errs=$(xmllint --html --noout "$TMP/out/$b.html" 2>&1 | grep 'error' | grep -vc 'Tag [a-z]* invalid' || true)
  check "$b: HTML has no parse errors ($errs)" test "$errs" -eq 0
done

# FRUS: a table of contents linking to one anchor per document
html="$TMP/out/frus1934v04.html"
check "FRUS HTML: 702 document articles" test "$(grep -o '<article class="document" id="' "$html" | wc -l)" -eq 702
toc=$(grep -o '<li><a href="#[^"]*">' "$html" | wc -l)
check "FRUS HTML: 734 contents links, one per division ($toc)" test "$toc" -eq 734
docs=$(grep -o '<li><a href="#d[0-9]*">' "$html" | wc -l)
check "FRUS HTML: 702 of them to documents ($docs)" test "$docs" -eq 702
ids=$(grep -o '<article class="document" id="[^"]*"' "$html" | sed 's/.*id="//; s/"$//' | sort -u | wc -l)
check "FRUS HTML: anchors unique" test "$ids" -eq 702
check "FRUS HTML: document head as heading" grep -q 'The <span class="sc">Secretary of State</span>\|Secretary of State' "$html"
check "FRUS HTML: lang set" grep -q '<html lang="en"\|<html lang="und"' "$html"
check "FRUS text: document text" grep -q '^28\. Department understands anti-war treaty' "$TMP/out/frus1934v04.txt"
check "FRUS text: source note kept" grep -q '710.G Peace/22: Telegram' "$TMP/out/frus1934v04.txt"
check "drama text: Cyrillic kept" grep -q 'Отрывок' "$TMP/out/rusdracor-gogol-otryvok.txt"

check "manuscript HTML: msDesc shown" grep -q '<h3>Physical description</h3>' "$TMP/out/bodleian-MS_Canon_Bibl_Lat_60.html"
check "manuscript text: provenance kept" grep -q 'Purchased by the Bodleian in 1817' "$TMP/out/bodleian-MS_Canon_Bibl_Lat_60.txt"

# EAD 2002: overview, then the dsc tree with nesting, containers and dates
e="$TMP/out/arclight-deeply-nested-components.html"
check "EAD HTML: overview" grep -q '<h2 id="overview-h">Collection overview</h2>' "$e"
check "EAD HTML: dsc section" grep -q '<section id="dsc"' "$e"
# a component is a series section (class "c series") or a table row (class
# "c dN", N its depth below the series)
check "EAD HTML: c01..c12 nested 12 deep (a row at depth 11 below the series)" grep -q '<tr class="c d11' "$e"
check "EAD HTML: containers in their own columns" grep -q '<th scope="col" class="container">Box</th>' "$TMP/out/columbia-as_ead_cul-8972723.html"
check "EAD HTML: unnumbered c shown" test "$(grep -o 'class="c[ "]' "$TMP/out/columbia-as_ead_resource_4767-rockwell-kent.html" | wc -l)" -eq 2760
check "EAD HTML: terezin 5779 components" test "$(grep -o 'class="c[ "]' "$TMP/out/ehri-terezin.html" | wc -l)" -eq 5779
check "EAD3 HTML: components" grep -q '<tr class="c d1' "$TMP/out/saa-ncsu-mc00185.html"
check "EAD3 HTML: structured dates shown" grep -q 'class="date"' "$TMP/out/saa-ncsu-ua012_004.html"
check "EAD text: nesting indented" grep -q '^      ' "$TMP/out/arclight-deeply-nested-components.txt"

# Dublin Core from foreign TEI
rc=0; "$TEICONV" convert -q -t dc -o "$TMP/dc" "$CORPUS/tei/misc/bodleian-MS_Canon_Bibl_Lat_60.xml" || rc=$?
check "TEI to DC: exit 0" test "$rc" -eq 0
check "TEI to DC: title" grep -q '<dc:title>' "$TMP/dc/bodleian-MS_Canon_Bibl_Lat_60.dc.xml"

# A real browser renders the finding aids (headless Chromium; required
# under CI, where scripts/setup-deps.sh test installs it)
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$CHROMIUM" ]; then
  for b in arclight-deeply-nested-components saa-ncsu-mc00185 frus1873p2v3; do
    profile=$(mktemp -d "$TMP/profile.XXXXXX")
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
      --disable-background-networking --disable-component-update --disable-sync \
      --no-first-run --no-default-browser-check --user-data-dir="$profile" \
      --dump-dom "file://$TMP/out/$b.html" >"$TMP/$b.dom" 2>/dev/null
    check "$b: Chromium renders the page" grep -q '</main>' "$TMP/$b.dom"
  done
  check "EAD 2002 in Chromium: overview and components" \
    grep -q 'Collection overview.*class="c d' <(tr -d '\n' <"$TMP/arclight-deeply-nested-components.dom")
  check "EAD3 in Chromium: components" grep -q 'class="c d1' "$TMP/saa-ncsu-mc00185.dom"
  check "FRUS in Chromium: 23 documents" test "$(grep -o '<article class="document"' "$TMP/frus1873p2v3.dom" | wc -l)" -eq 23
elif [ "${CI:-}" = "true" ]; then
  fail "chromium missing under CI (scripts/setup-deps.sh test)"
else
  echo "note: chromium not installed, browser rendering not checked" >&2
fi

finish
