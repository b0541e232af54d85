#!/usr/bin/env bash
# demo-site.sh: a small static site from examples/ into OUT (default
# out/site): a page per record (with its TEI, EAD, EAD3, DC and text beside
# it), the collection's index.html, and its finding aid (collection.ead.xml
# and its page, collection.ead.html), every page styled by teiconv.css.
# With Chromium installed, also a screenshot of each kind of page into
# OUT-screenshots/ for a person to look at.
#   scripts/demo-site.sh TEICONV [OUT]
set -euo pipefail
teiconv=$1
out=${2:-out/site}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out" "$out-screenshots"
mkdir -p "$out"
"$teiconv" convert -q --force -t all --collection collection.ead.xml \
  --collection-title "teiconv examples" --collection-id teiconv-examples \
  -o "$out" "$root"/examples/*.txt
# the finding aid's page beside the record pages its links lead to
"$teiconv" convert -q --force -t html -o "$out" "$out/collection.ead.xml"
pages=$(ls "$out"/*.html | wc -l)
echo "demo-site: $out/index.html, $out/collection.ead.html and $((pages - 2)) record pages"

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$chromium" ]; then
  mkdir -p "$out-screenshots"
  profile=$(mktemp -d)
  trap 'rm -rf "$profile"' EXIT
  first=$(ls "$root"/examples/*.txt | head -1)
  for page in index collection.ead "$(basename "$first" .txt)"; do
    timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
      --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=1280,1600 \
      --screenshot="$out-screenshots/$page.png" "file://$(cd "$out" && pwd)/$page.html" \
      >/dev/null 2>&1 || echo "demo-site: no screenshot of $page.html" >&2
  done
  echo "demo-site: screenshots in $out-screenshots/"
fi
