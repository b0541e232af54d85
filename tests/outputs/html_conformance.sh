#!/usr/bin/env bash
# html_conformance.sh: every HTML page teiconv writes for examples/ (record
# pages, the collection's index, the collection finding aid) and for a
# sample of real EAD 2002, EAD3 and TEI files passes tests/outputs/
# html_check.py: well formed, lang, one title, one charset, one h1,
# headings in order, alt text, unique ids, links with text. The checker is
# first shown to catch each fault on planted pages.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
CHECK="$SRC/tests/outputs/html_check.py"

# the checker sees each fault
planted() { # NAME HTML: the checker must refuse it
  printf '%s' "$2" >"$TMP/planted.html"
  check "checker refuses a page with $1" bash -c "! python3 '$CHECK' '$TMP/planted.html' >/dev/null"
}
good='<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><h1>t</h1><h2>s</h2><p><img src="x.png" alt="x"> <a href="#a">a</a></p></body></html>'
printf '%s' "$good" >"$TMP/good.html"
check "checker passes a good page" python3 "$CHECK" "$TMP/good.html"
planted "no lang" "${good/ lang=\"en\"/}"
planted "no title" "${good/<title>t<\/title>/}"
planted "two charsets" "${good/<title>/<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><title>}"
planted "two h1" "${good/<h2>s<\/h2>/<h1>s</h1>}"
planted "a skipped heading level" "${good/<h2>s<\/h2>/<h3>s</h3>}"
planted "an image without alt" "${good/ alt=\"x\"/}"
planted "an unclosed element" "${good/<\/p>/}"
planted "a misnested element" "${good/<\/p><\/body>/<\/body><\/p>}"
planted "a link without text" "${good/>a<\/a>/><\/a>}"
planted "no doctype" "${good/<!DOCTYPE html>/}"

# examples/: every format, a collection with its index, its finding aid
rc=0; "$TEICONV" convert -q -t all --collection collection.ead.xml -o "$TMP/ex" "$SRC"/examples/*.txt || rc=$?
same "examples convert" "$rc" 0
rc=0; "$TEICONV" convert -q -t html -o "$TMP/ex/fa" "$TMP/ex/collection.ead.xml" || rc=$?
same "the collection finding aid renders" "$rc" 0
n_ex=$(ls "$SRC"/examples/*.txt | wc -l)
pages=("$TMP"/ex/*.html "$TMP"/ex/fa/*.html)
same "record pages, index and finding aid: ${#pages[@]}" "${#pages[@]}" "$((n_ex + 2))"

# a sample of the corpus: every EAD 2002 and EAD3 file of the first sets,
# the TEI miscellany and a FRUS volume
sample=("$REF"/corpus/ead2002/*.xml "$REF"/corpus/ead3/*.xml "$REF"/corpus/tei/misc/*.xml
        "$REF"/corpus/tei/frus/frus1873p2v3.xml)
rc=0; "$TEICONV" convert -q -t html -o "$TMP/corpus" "${sample[@]}" || rc=$?
same "corpus sample converts" "$rc" 0
cpages=("$TMP"/corpus/*.html)
same "one page per corpus file: ${#cpages[@]}" "${#cpages[@]}" "${#sample[@]}"

rc=0; python3 "$CHECK" "${pages[@]}" "${cpages[@]}" >"$TMP/check.log" || rc=$?
grep -v '^ok ' "$TMP/check.log" >&2 || true
same "every page passes the HTML checks" "$rc" 0
same "pages checked" "$(grep -c '^ok ' "$TMP/check.log")" "$(( ${#pages[@]} + ${#cpages[@]} ))"
finish
