#!/usr/bin/env bash
# axe.sh: accessibility of every HTML kind in a real browser: axe-core
# (WCAG 2.0/2.1 A and AA and best practices) run by puppeteer-core in
# headless Chromium (tests/outputs/axe_run.js) on the record page, the
# collection's index and finding aid of examples/, and on a sample of EAD
# 2002, EAD3 and TEI pages of the corpus; no violation allowed. The
# harness is first shown to catch planted violations.
# scripts/setup-deps.sh test installs Chromium, node and the npm packages
# (into TEICONV_NODE_DIR, default ~/.cache/teiconv/node); under CI=true a
# missing one fails the test.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
NODE_DIR=${TEICONV_NODE_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/teiconv/node}
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
why=""
[ -n "$CHROMIUM" ] || why="chromium is not installed"
command -v node >/dev/null || why="node is not installed"
for m in puppeteer-core axe-core; do
  [ -f "$NODE_DIR/node_modules/$m/package.json" ] || why="$m is not in $NODE_DIR"
done
if [ -n "$why" ]; then
  if [ "${CI:-}" = "true" ]; then echo "FAIL: $why under CI (scripts/setup-deps.sh test installs it)" >&2; exit 1; fi
  not_run "the whole test" "$why; ./quickstart.sh test installs it (scripts/setup-deps.sh test)"
  exit 77
fi
axe() { CHROMIUM="$CHROMIUM" NODE_PATH="$NODE_DIR/node_modules" timeout 300 node "$SRC/tests/outputs/axe_run.js" "$@"; }

# the harness sees violations: an image without alt, grey on grey, no lang
mkdir -p "$TMP/planted"
printf '<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1><p style="color:#ccc;background:#ddd">faint</p><img src="x.png"></main></body></html>' >"$TMP/planted/bad.html"
rc=0; axe "$TMP/planted/bad.html" >"$TMP/planted.log" 2>&1 || rc=$?
same "a planted page fails (exit 1)" "$rc" 1
for rule in image-alt color-contrast html-has-lang; do
  check "the harness reports $rule" grep -q "violation .* $rule " "$TMP/planted.log"
done

# examples/: record pages, index, the collection's finding aid
rc=0; "$TEICONV" convert -q -t all --collection collection.ead.xml -o "$TMP/ex" "$SRC"/examples/*.txt || rc=$?
same "examples convert" "$rc" 0
rc=0; "$TEICONV" convert -q -t html -o "$TMP/ex/fa" "$TMP/ex/collection.ead.xml" || rc=$?
same "the collection finding aid renders" "$rc" 0
# the corpus sample: finding aids from EAD3 and EAD 2002 (series, container
# columns, deep nesting), a manuscript description, an inscription, a text
# with a contents list and a play; small enough to keep the test near half
# a minute (a FRUS volume alone takes two minutes in axe: html_conformance.sh
# checks one)
C="$REF/corpus"
sample=("$C"/ead3/saa-ncsu-mc00185.xml "$C"/ead3/saa-umn-yusa0009x2x16-ead3.xml
        "$C"/ead2002/arclight-deeply-nested-components.xml "$C"/ead2002/emory-bailey807.xml
        "$C"/tei/misc/bodleian-MS_Canon_Bibl_Lat_60.xml "$C"/tei/misc/isicily-ISic000128.xml
        "$C"/tei/misc/tls-KR3eq058.xml "$C"/tei/misc/rusdracor-gogol-otryvok.xml)
rc=0; "$TEICONV" convert -q -t html -o "$TMP/corpus" "${sample[@]}" || rc=$?
same "corpus sample converts" "$rc" 0
pages=("$TMP"/ex/*.html "$TMP"/ex/fa/*.html "$TMP"/corpus/*.html)
same "pages: records, index, finding aid and corpus sample" "${#pages[@]}" \
  "$(( $(ls "$SRC"/examples/*.txt | wc -l) + 2 + ${#sample[@]} ))"

start=$(date +%s)
rc=0; axe "${pages[@]}" >"$TMP/axe.log" 2>&1 || rc=$?
grep -v '^ok ' "$TMP/axe.log" >&2 || true
same "axe: no violation on any page (exit 0)" "$rc" 0
same "axe: every page checked" "$(grep -c '^ok ' "$TMP/axe.log")" "${#pages[@]}"
echo "axe: ${#pages[@]} pages in $(( $(date +%s) - start )) s" >&2
finish
