#!/usr/bin/env bash
# validate_speed.sh: wall time of validation, schema compilation and JVM start
# included: teiconv against jing on every TEI and EAD3 file of the corpus, on
# the whole corpus in one run, and on generated TEI lists of 1k/10k/100k
# entries (linear growth). RUNS (default 3) runs each,
# median; BENCH_XMLLINT=1 adds xmllint --relaxng (slow: minutes on tei_all).
# Not run by `make bench` (minutes of JVM start-ups) unless BENCH_VALIDATE_FILES=1;
# bench.py's validate section times its long list, which
# `validate_speed.sh --make-list N FILE` writes (the one generator of it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# generated lists: one listBibl of N entries
gen() {
  {
    echo '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
    echo '<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>'
    echo '<text><body><listBibl>'
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++)
      printf "<bibl xml:id=\"b%d\" type=\"book\"><author>Author %d</author><title level=\"m\">Title %d</title><date when=\"%d\">%d</date><pubPlace>Place</pubPlace></bibl>\n", i, i, i, 1500 + i % 500, 1500 + i % 500 }'
    echo '</listBibl></body></text></TEI>'
  } >"$2"
}
if [ "${1:-}" = --make-list ]; then gen "$2" "$3"; exit 0; fi
TEICONV="${TEICONV:-$here/../build/teiconv}"
REF="${TEICONV_REFERENCE_DIR:-$here/../../shared}"
S="$REF/reference/schemas"
C="$REF/corpus"
RUNS="${RUNS:-3}"
[ -f "$S/tei/tei_all.rng" ] || { echo "validate_speed: $S missing, skipped" >&2; exit 0; }
command -v jing >/dev/null || { echo "validate_speed: jing missing (scripts/setup-deps.sh bench)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median wall seconds of running "$@" RUNS times (exit status ignored: an
# invalid document is still a measurement)
median() {
  local t=() s e
  for ((i = 0; i < RUNS; i++)); do
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    t+=("$(echo "$e - $s" | bc)")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'
}

row() { # name schema file
  local ours jing lint=""
  ours=$(median "$TEICONV" validate --no-rules -q --schema "$2" "$3")
  jing=$(median jing "$2" "$3")
  if [ -n "${BENCH_XMLLINT:-}" ]; then
    lint=$(RUNS=1 median xmllint --noout --nonet --relaxng "$2" "$3")
  fi
  printf '%-58s %8s %8s %8sx %s\n' "$1" "$ours" "$jing" "$(echo "scale=1; $jing / $ours" | bc)" "$lint"
  echo "$ours $jing" >>"$work/rows"
}

echo "validation, wall s (median of $RUNS; compilation and JVM start included)"
printf '%-58s %8s %8s %9s %s\n' document teiconv jing jing/ours "${BENCH_XMLLINT:+xmllint}"
for f in "$C"/tei/*/*.xml "$C"/tei-more/*.xml; do
  row "tei/$(basename "$f") ($(( $(stat -c %s "$f") / 1024 )) KB)" "$S/tei/tei_all.rng" "$f"
done
for f in "$C"/ead3/*.xml "$C"/ead3-more/*.xml; do
  row "ead3/$(basename "$f") ($(( $(stat -c %s "$f") / 1024 )) KB)" "$S/ead3/ead3.rng" "$f"
done
slower=$(awk '$1 > $2' "$work/rows" | wc -l)
echo "files where teiconv is slower than jing: $slower of $(wc -l <"$work/rows")"

# the whole TEI corpus: teiconv in one run, jing once per file as it is used
tei=("$C"/tei/*/*.xml "$C"/tei-more/*.xml)
s=$(date +%s.%N)
"$TEICONV" validate --no-rules -q --schema "$S/tei/tei_all.rng" "${tei[@]}" >/dev/null 2>&1 || true
ours=$(echo "$(date +%s.%N) - $s" | bc)
s=$(date +%s.%N)
for f in "${tei[@]}"; do jing "$S/tei/tei_all.rng" "$f" >/dev/null 2>&1 || true; done
jing_all=$(echo "$(date +%s.%N) - $s" | bc)
printf 'whole TEI corpus (%d files): teiconv %.2f s, jing %.2f s (%.1fx)\n' "${#tei[@]}" \
  "$ours" "$jing_all" "$(echo "$jing_all / $ours" | bc -l)"

echo "generated list (listBibl of N bibl entries), wall s"
printf '%-10s %9s %8s %8s\n' entries size teiconv jing
for n in 1000 10000 100000; do
  gen "$n" "$work/list-$n.xml"
  ours=$(median "$TEICONV" validate --no-rules -q --schema "$S/tei/tei_all.rng" "$work/list-$n.xml")
  jing=$(median jing "$S/tei/tei_all.rng" "$work/list-$n.xml")
  printf '%-10s %8sK %8s %8s\n' "$n" "$(( $(stat -c %s "$work/list-$n.xml") / 1024 ))" "$ours" "$jing"
done
