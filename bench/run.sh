#!/usr/bin/env bash
# run.sh: `make bench`: times teiconv against the per-file pipeline and
# xsltproc multi-file mode; the method is in bench/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export TEICONV="${TEICONV:-$here/../build/teiconv}"
export TEICONV_DATADIR="${TEICONV_DATADIR:-$here/..}"
[ -x "$TEICONV" ] || { echo "bench: build first (make build)" >&2; exit 1; }
# existing-XML timings (issue 7) when the reference corpus is there
if [ -d "${TEICONV_REFERENCE_DIR:-$here/../../shared}/corpus" ]; then bash "$here/xmlin.sh"; fi
# single-file tei_all.rng validation against jing and xmllint (issue 4)
if [ -d "${TEICONV_REFERENCE_DIR:-$here/../../shared}/reference" ]; then bash "$here/validate_speed.sh"; fi
# what the output gate adds to a batch (issue 13)
if [ -d "${TEICONV_REFERENCE_DIR:-$here/../../shared}/corpus" ]; then bash "$here/gate.sh"; fi
exec python3 "$here/bench.py" "$@"
