#!/usr/bin/env bash
# gate.sh: what the output gate costs (issue 13): CPU seconds of the same
# batch with the gate (the default) and with --no-output-check, medians of
# BENCH_RUNS runs (5), and the instructions counted by `perf stat` when the
# machine lets perf count them. Two batches: the text records of the test
# fixtures and examples/ (those that convert), copied into BENCH_GATE_COPIES
# (4) folders, to all formats; and the reference corpus's EAD 2002 folder
# migrated to EAD3 (BENCH_GATE_EAD: ead2002, or "ead2002 ead2002-more", which
# costs a minute more). The official schemas are found
# through the reference catalog, so the gate checks against both ours and
# them: the dearest case. -j1, into an emptied tmpfs folder, --force.
# Target: under 25 % added. With BENCH_RESULTS set, each batch is also a row
# of make bench's final table (bench.py --table).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
TEICONV="${TEICONV:-$root/build/teiconv}"
export TEICONV_DATADIR="${TEICONV_DATADIR:-$root}"
REF="${TEICONV_REFERENCE_DIR:-$root/../shared}"
RUNS="${BENCH_RUNS:-5}"
read -r -a EAD_DIRS <<<"${BENCH_GATE_EAD:-ead2002}"
COPIES="${BENCH_GATE_COPIES:-4}"
[ -x "$TEICONV" ] || { echo "bench/gate: build first (make build)" >&2; exit 1; }
[ -d "$REF/corpus" ] || { echo "bench/gate: no reference folder at $REF" >&2; exit 1; }
export XML_CATALOG_FILES="$REF/reference/schemas/catalog.xml"
base=/tmp; [ -d /dev/shm ] && base=/dev/shm
work=$(mktemp -d "$base/teiconv-gate.XXXXXX")
trap 'rm -rf "$work"' EXIT

# the records batch: the fixtures that convert (not errors/ nor legacy/)
for ((i = 1; i <= COPIES; i++)); do
  mkdir -p "$work/in/box$i"
  cp "$root"/tests/records/*.txt "$root"/examples/*.txt "$work/in/box$i/"
done
nrec=$(find "$work/in" -name '*.txt' | wc -l)
perf_ok=0
if perf stat -x, -e instructions true 2>&1 >/dev/null | grep -q '^[0-9]'; then perf_ok=1; fi

# median CMD: the median CPU seconds (user + system) of RUNS runs
median_cpu() {
  local cmd=$1 i cpus=()
  for ((i = 0; i < RUNS; i++)); do
    rm -rf "$work/o"; mkdir -p "$work/o"
    /usr/bin/time -f '%U %S' -o "$work/t" bash -c "$cmd >/dev/null 2>&1" || true
    cpus+=("$(tail -1 "$work/t" | awk '{printf "%.3f", $1 + $2}')")
  done
  printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'
}
# instr CMD [SAMPLE-CMD]: the median instruction count of RUNS runs (perf);
# where perf cannot count, one callgrind run (deterministic) of SAMPLE-CMD
# (a smaller batch: callgrind is 20-50x slower), or "-" without one
instr() {
  if [ "$perf_ok" != 1 ]; then
    if [ -n "${2:-}" ] && command -v valgrind >/dev/null; then
      rm -rf "$work/o"; mkdir -p "$work/o"
      rm -f "$work"/cg.*
      valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null \
        --log-file="$work/cg.%p" bash -c "$2 >/dev/null 2>&1" >/dev/null 2>&1 || true
      cat "$work"/cg.* | awk '/Collected :/{n += $NF} END{print n + 0}'
    else
      echo -
    fi
    return
  fi
  local cmd=$1 i n=()
  for ((i = 0; i < RUNS; i++)); do
    rm -rf "$work/o"; mkdir -p "$work/o"
    n+=("$(perf stat -x, -e instructions bash -c "$cmd >/dev/null 2>&1" 2>&1 >/dev/null | awk -F, '/instructions/{print $1}')")
  done
  printf '%s\n' "${n[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'
}
# row NAME CMD [SAMPLE-CMD]: with and without the gate, and the cost
row() {
  local name=$1 cmd=$2 sample=${3:-} on off ion ioff
  on=$(median_cpu "$cmd")
  off=$(median_cpu "$cmd --no-output-check")
  ion=$(instr "$cmd" "$sample")
  ioff=$(instr "$cmd --no-output-check" "${sample:+$sample --no-output-check}")
  awk -v n="$name" -v a="$on" -v b="$off" -v ia="$ion" -v ib="$ioff" 'BEGIN{
    printf "%-22s gate %6.2f s cpu, --no-output-check %6.2f s cpu: %+.1f %%", n, a, b, (b > 0 ? 100 * (a - b) / b : 0)
    if (ia != "-" && (ib > 0)) printf "; instructions %+.1f %%", 100 * (ia - ib) / ib
    print "   (target < 25 %)" }'
  # the table's verdict goes by instructions when they were counted (a
  # busy machine moves CPU seconds by more than the target)
  if [ -n "${BENCH_RESULTS:-}" ]; then
    awk -v n="$name" -v a="$on" -v b="$off" -v ia="$ion" -v ib="$ioff" 'BEGIN{
      p = (b > 0 ? 100 * (a - b) / b : 0)
      m = sprintf("%+.1f %% CPU (%.2f vs %.2f s)", p, a, b)
      if (ia != "-" && ia != "" && ib > 0) {
        p = 100 * (ia - ib) / ib
        m = sprintf("%+.1f %% instr (%.0f vs %.0f M), ", p, ia / 1e6, ib / 1e6) m
      }
      printf "13\toutput gate, %s, -j1\t%s\t--no-output-check (official schemas too)\t< 25 %%\t%s\n", n, m, (p < 25 ? "met" : "NOT MET") }' >>"$BENCH_RESULTS"
  fi
}

echo "== output gate cost ($(nproc) CPUs, -j1, $RUNS runs, medians of user+sys; load: $(cut -d" " -f1-3 /proc/loadavg)$([ "$perf_ok" = 1 ] || echo "; perf cannot count instructions here"))"
# the instruction sample (callgrind): the first 10 records of one folder
mkdir -p "$work/sample"
find "$work/in/box1" -name '*.txt' | sort | head -10 | xargs cp -t "$work/sample"
row "records-all ($nrec)" "'$TEICONV' convert -q --force -j1 -t all -o '$work/o' '$work/in'" \
  "'$TEICONV' convert -q --force -j1 -t all -o '$work/o' '$work/sample'"
dirs=() nead=0
for d in "${EAD_DIRS[@]}"; do
  dirs+=("'$REF/corpus/$d'")
  nead=$((nead + $(find "$REF/corpus/$d" -name '*.xml' | wc -l)))
done
row "ead2002-to-ead3 ($nead)" "'$TEICONV' convert -q --force -j1 -t ead3 -o '$work/o' ${dirs[*]}"
