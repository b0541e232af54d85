#!/usr/bin/env bash
# run.sh: `make bench`: teiconv against the strongest peers (bench.py's
# sections: memory, real-sized records, one tiny record, a FRUS volume, EAD
# 2002 -> EAD3 of the corpus, validation of a long list), the output gate's
# cost (gate.sh), then one table of every target with its peer, measured
# value and verdict. The method is in bench/README.md; sizes and runs come
# from the environment (BENCH_*). Arguments go to bench.py (sections).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export TEICONV="${TEICONV:-$here/../build/teiconv}"
export TEICONV_DATADIR="${TEICONV_DATADIR:-$here/..}"
export BENCH_RUNS="${BENCH_RUNS:-3}"
[ -x "$TEICONV" ] || { echo "bench: build first (make build)" >&2; exit 1; }
BENCH_RESULTS=$(mktemp "${TMPDIR:-/tmp}/teiconv-bench-results.XXXXXX")
export BENCH_RESULTS
trap 'rm -f "$BENCH_RESULTS"' EXIT
start=$(date +%s)
python3 "$here/bench.py" --no-table "$@"
# what the output gate adds to a batch (issue 13)
if [ $# -eq 0 ] && [ -d "${TEICONV_REFERENCE_DIR:-$here/../../shared}/corpus" ]; then
  echo
  bash "$here/gate.sh"
fi
# per-file tei_all.rng validation against jing (issue 4/15): minutes of JVMs
if [ -n "${BENCH_VALIDATE_FILES:-}" ]; then bash "$here/validate_speed.sh"; fi
python3 "$here/bench.py" --table
echo "make bench took $(( $(date +%s) - start )) s wall"
