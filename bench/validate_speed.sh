#!/usr/bin/env bash
# validate_speed.sh: wall time of validating one TEI document against the
# official tei_all.rng, schema compilation included: teiconv (pruned
# grammar) against jing and xmllint. Median of several runs; part of
# `make bench`. RUNS (default 5) sets the number of runs (xmllint: 3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
TEICONV="${TEICONV:-$here/../build/teiconv}"
REF="${TEICONV_REFERENCE_DIR:-$here/../../shared}"
RNG="$REF/reference/schemas/tei/tei_all.rng"
RUNS="${RUNS:-5}"
[ -f "$RNG" ] || { echo "validate_speed: $RNG missing, skipped" >&2; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the documents: the seed record as teiconv writes it, and a real 58 KB drama
"$TEICONV" convert -t tei -o "$work" "$here/../examples/wilson-111189.txt" >/dev/null 2>&1
docs=("$work/wilson-111189.tei.xml" "$REF/corpus/tei/misc/rusdracor-gogol-otryvok.xml")

# median wall seconds of running "$@" n times (exit status ignored: an
# invalid document is still a measurement)
median() {
  local n=$1; shift
  local t=()
  for ((i = 0; i < n; i++)); do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    t+=("$(echo "$e - $s" | bc)")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'
}

echo "validate one document against tei_all.rng (wall s, median; compile included)"
printf '%-34s %9s %9s %9s %10s\n' document teiconv jing xmllint jing/teiconv
for d in "${docs[@]}"; do
  ours=$(median "$RUNS" "$TEICONV" validate --no-rules -q --schema "$RNG" "$d")
  jing=$(median "$RUNS" jing "$RNG" "$d")
  if command -v xmllint >/dev/null && [ -z "${BENCH_NO_XMLLINT:-}" ]; then
    lint=$(median 3 xmllint --noout --nonet --relaxng "$RNG" "$d")
  else
    lint=n/a
  fi
  ratio=$(echo "scale=2; $jing / $ours" | bc)
  printf '%-34s %9s %9s %9s %9sx\n' "$(basename "$d")" "$ours" "$jing" "$lint" "$ratio"
  if [ "$(echo "$ours < 1.0" | bc)" -ne 1 ]; then
    echo "validate_speed: teiconv took ${ours}s on $(basename "$d") (goal: under 1 s)" >&2
  fi
done
