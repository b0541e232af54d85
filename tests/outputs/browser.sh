#!/usr/bin/env bash
# browser.sh: the seed's HTML page in a real browser (headless Chromium):
# renders to PNG and PDF with no console errors, title and body on the page.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ] || ! command -v pdftotext >/dev/null; then
  if [ "${CI:-}" = "true" ]; then echo "FAIL: chromium or pdftotext missing under CI (scripts/setup-deps.sh test)" >&2; exit 1; fi
  not_run "the whole test" "chromium or pdftotext is not installed; ./quickstart.sh test installs them (scripts/setup-deps.sh test)"
  exit 77
fi

# chrome OUTFILE-OPTION URL: one headless run, its log in $TMP/log
chrome() {
  local profile
  profile=$(mktemp -d "$TMP/profile.XXXXXX")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --no-default-browser-check --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --window-size=1024,1400 --hide-scrollbars \
    "$@" >"$TMP/stdout" 2>"$TMP/log"
}
console_errors() { grep -c 'CONSOLE' "$TMP/log"; }

rc=0; "$TEICONV" convert -q --force -t html -o "$TMP/site" "$SRC/examples/wilson-111189.txt" || rc=$?
check "seed converts to HTML" test "$rc" -eq 0
PAGE="file://$TMP/site/wilson-111189.html"
TITLE="Record of Conversation between N.V. Podgorny and Ambassador of the DPRK in the USSR Kim Chunbong"

# The console check must see errors: a page that makes one
printf '<!DOCTYPE html><html lang="en"><title>x</title><p>x</p><script>console.error("planted")</script></html>' >"$TMP/site/bad.html"
chrome --dump-dom "file://$TMP/site/bad.html"
check "the harness sees a planted console error" grep -q 'CONSOLE.*planted' "$TMP/log"

rc=0; chrome --dump-dom "$PAGE" || rc=$?
check "dump-dom runs" test "$rc" -eq 0
same "no console messages while loading" "$(console_errors)" "0"
check "the DOM holds the title" grep -qF "<h1>$TITLE</h1>" "$TMP/stdout"
check "the DOM holds the body" grep -qF "Kim Chunbong replied that despite the lengthy border" "$TMP/stdout"

rc=0; chrome --screenshot="$TMP/page.png" "$PAGE" || rc=$?
check "screenshot runs" test "$rc" -eq 0
same "no console messages while rendering" "$(console_errors)" "0"
printf '<!DOCTYPE html><html lang="en"><title>blank</title></html>' >"$TMP/site/blank.html"
chrome --screenshot="$TMP/blank.png" "file://$TMP/site/blank.html"
page_size=$(stat -c %s "$TMP/page.png" 2>/dev/null || echo 0)
blank_size=$(stat -c %s "$TMP/blank.png" 2>/dev/null || echo 1)
check "the screenshot shows a page full of text (PNG $page_size bytes vs blank $blank_size)" \
  test "$page_size" -gt $((blank_size * 10))

# Printed: the text a reader gets on paper, without the navigation
chrome --no-pdf-header-footer --print-to-pdf="$TMP/page.pdf" "$PAGE"
check "print to PDF runs" test -s "$TMP/page.pdf"
same "no console messages while printing" "$(console_errors)" "0"
pdftotext "$TMP/page.pdf" - | tr -s ' \n' '  ' >"$TMP/printed.txt"
check "printed page has the title" grep -qF "$TITLE" "$TMP/printed.txt"
check "printed page has the body" grep -qF "The situation on the 38th parallel is always tense." "$TMP/printed.txt"
check "printed page has the metadata panel" grep -qF "AVPRF, fond 0102, opis 23" "$TMP/printed.txt"
check "printed page has the editorial mark" grep -qF "praised [these results] highly" "$TMP/printed.txt"
check "print hides the navigation" sh -c "! grep -qF 'Summary Document Document information' '$TMP/printed.txt'"
finish
