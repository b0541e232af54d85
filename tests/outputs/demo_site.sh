#!/usr/bin/env bash
# demo_site.sh: `make demo-site` (scripts/demo-site.sh) builds the static
# site of examples/: the index, a page per record, the finding aid's page;
# every page passes the HTML checks and every relative link leads to a file
# of the site; the pages link to each other; screenshots are written.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
site="$TMP/site"
rc=0; bash "$SRC/scripts/demo-site.sh" "$TEICONV" "$site" >"$TMP/log" 2>&1 || rc=$?
same "demo-site.sh exits 0" "$rc" 0
n=$(ls "$SRC"/examples/*.txt | wc -l)
check "the index is there" test -s "$site/index.html"
check "the finding aid and its page are there" test -s "$site/collection.ead.xml" -a -s "$site/collection.ead.html"
check "the stylesheet is there" test -s "$site/teiconv.css"
same "pages: one per record, the index, the finding aid" "$(ls "$site"/*.html | wc -l)" "$((n + 2))"
rc=0; python3 "$SRC/tests/outputs/html_check.py" --links "$site"/*.html >"$TMP/check.log" || rc=$?
grep -v '^ok ' "$TMP/check.log" >&2 || true
same "every page passes the HTML checks, every link leads to a file" "$rc" 0
check "the index links to the finding aid" grep -q 'href="collection.ead.xml"' "$site/index.html"
for f in "$SRC"/examples/*.txt; do
  stem=$(basename "$f" .txt)
  check "$stem: the index links to its page" grep -q "href=\"$stem.html\"" "$site/index.html"
  check "$stem: the finding aid links to its page" grep -q "href=\"$stem.html\"" "$site/collection.ead.html"
  check "$stem: its page links back to the index" grep -q '<p class="up"><a href="index.html">' "$site/$stem.html"
done
if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then
  same "three screenshots" "$(find "$site-screenshots" -name '*.png' -size +10k | wc -l)" 3
elif [ "${CI:-}" = "true" ]; then
  fail "chromium missing under CI (scripts/setup-deps.sh test)"
else
  echo "note: chromium not installed, screenshots not checked" >&2
fi
finish
