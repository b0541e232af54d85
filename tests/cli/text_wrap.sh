#!/usr/bin/env bash
# text_wrap.sh: the text rendering's line wrapping, done in C by tc:wrap
# (src/lib/xslt/wrap.c), gives byte for byte what tei2text.xsl's portable
# templates give under xsltproc, on every fixture and on generated paragraphs
# full of would-be labels; paragraphs of 70 KB and 2 MB (far past the
# templates' recursion limit) are wrapped whole, every word kept.
set -euo pipefail
. "$(dirname "$0")/lib.bash"

# 40 records of paragraphs whose breaks fall on list numbers, speakers,
# copy lines, capitals, Cyrillic, marks and words longer than the width
mkdir -p "$TMP/gen"
awk -v tmp="$TMP" 'BEGIN {
  srand(16)
  n = split("the of and delegation said that com. Kim Il Sung 2. a) b) - * [1] (p. 3) " \
            "H. KOHL. North (KIM): Copy copies sent Sent printed ex Exemplar cc: " \
            "Distribution distribution: GORBACHEV. M.S. Soviet Union ПОСОЛ посол " \
            "делегация «да» 1967 “quoted” „Zitat“ – — • № Ärger élan über naïve " \
            "Straße supercalifragilisticexpialidociousandthensomemorelettersbeyondseventyeight", w, " ")
  for (r = 0; r < 40; r++) {
    f = sprintf("%s/gen/para%02d.txt", tmp, r)
    printf "Title: Generated paragraph %d\nDate: March 3, 1957\n\n", r >f
    for (p = 0; p < 3; p++) {
      len = 200 + int(rand() * 1200); line = ""
      while (length(line) < len) line = line (line == "" ? "" : " ") w[1 + int(rand() * n)]
      print line "\n" >f
    }
    close(f)
  }
}'
inputs=("$SRC"/examples/*.txt "$SRC"/tests/records/*.txt "$SRC"/tests/body/*.txt "$TMP"/gen/*.txt)
# both render the same TEI files (every TEI written is compared)
rc=0; "$TEICONV" convert -q -t tei -o "$TMP/tei" "${inputs[@]}" 2>"$TMP/convert.log" || rc=$?
check "every input to TEI: exit 0" test "$rc" -eq 0
rc=0; "$TEICONV" convert -q -t text -o "$TMP/out" "$TMP"/tei/*.tei.xml 2>>"$TMP/convert.log" || rc=$?
check "every TEI written to text: exit 0" test "$rc" -eq 0
count=0
for txt in "$TMP"/out/*.txt; do
  name=$(basename "$txt" .txt)
  xsltproc --nonet --stringparam record-stem "$name" \
    "$SRC/xsl/record/tei2text.xsl" "$TMP/tei/$name.tei.xml" >"$TMP/portable.txt" 2>"$TMP/xsltproc.log"
  if cmp -s "$txt" "$TMP/portable.txt"; then
    pass
  else
    fail "$name: tc:wrap and the portable templates differ"
    diff "$TMP/portable.txt" "$txt" | head -10 >&2 || true # diff exits 1 (pipefail)
  fi
  count=$((count + 1))
done
gen=$(ls "$TMP"/out/para*.txt | wc -l)
same "every generated record rendered" "$gen" 40
check "the fixtures rendered too (at least 100 texts, got $count)" test "$count" -ge 100

# one paragraph of 70 KB and one of 2 MB (300 KB under the sanitizers, whose
# instrumented calls make it minutes), no line feed inside
big=2000000
[ -n "${TC_UNDER_SANITIZER:-}" ] && big=300000
for size in 70000 $big; do
  awk -v size=$size 'BEGIN {
    srand(size); n = split("a delegation said 2. that Copy KOHL. посол cc: the", w, " ")
    printf "Title: One long paragraph\nDate: March 3, 1957\n\n"
    for (len = 0; len < size; len += length(x) + 1) { x = w[1 + int(rand() * n)]; printf "%s ", x }
    printf "\n"
  }' >"$TMP/long$size.txt"
  rc=0; "$TEICONV" convert -q -t text -o "$TMP/long" "$TMP/long$size.txt" 2>"$TMP/long.log" || rc=$?
  check "a $size-byte paragraph converts (exit 0)" test "$rc" -eq 0
  body() { sed '1,/^$/d' "$1" | tr -s ' \n' '\n\n' | grep -v '^$'; }
  check "$size bytes: every word kept, in order" cmp -s <(body "$TMP/long$size.txt") <(body "$TMP/long/long$size.txt")
  long=$(sed '1,/^$/d' "$TMP/long/long$size.txt" | LC_ALL=C.UTF-8 grep -cE '^.{79,}$' || true)
  same "$size bytes: no line over 78 characters" "$long" 0
  lines=$(wc -l <"$TMP/long/long$size.txt")
  check "$size bytes: wrapped into lines ($lines)" test "$lines" -gt $((size / 100))
done
finish
