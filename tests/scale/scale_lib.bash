# tests/scale/scale_lib.bash: helpers of the scale-out tests (sourced after
# tests/cli/lib.bash and batch_lib.bash): the tools they need, an archive of
# generated records and real corpus files, one full run to compare with, the
# README's recipes cut out of README.md, and the checks on the slices.

# need_tools TOOL...: each must be on PATH; without one the test is logged as
# not run (exit 77), and under CI=true it fails.
need_tools() {
  local t missing=""
  for t in "$@"; do command -v "$t" >/dev/null 2>&1 || missing="$missing $t"; done
  if [ -z "$missing" ]; then return 0; fi
  if [ "${CI:-}" = "true" ]; then
    echo "FAIL: missing under CI:$missing (scripts/setup-deps.sh scale installs them)" >&2
    exit 1
  fi
  not_run "the whole test" "missing:$missing; run scripts/setup-deps.sh scale (or make check-scale)"
  exit 77
}

# make_archive DIR: 60 generated records in DIR (three levels) and a few real
# corpus files (EAD 2002, EAD3, TEI) copied beside them. Sets ARCHIVE_COUNT.
SCALE_CORPUS="ead2002/columbia-has_bulk_range.xml ead2002/ehri-wegwijzer.xml
ead3/saa-ncsu-mc00185.xml tei/misc/bodleian-MS_Rawl_C_162.xml"
make_archive() {
  local f
  make_records "$1" 60
  mkdir -p "$1/corpus"
  for f in $SCALE_CORPUS; do cp "$REF/corpus/$f" "$1/corpus/"; done
  ARCHIVE_COUNT=$(find "$1" -type f | wc -l)
}

# archive_and_full_run DIR: `teiconv` on PATH (as on the nodes), the archive
# made in DIR/archive (make_archive, checked to hold 64 files) and one full
# run of it into $TMP/full with its report in $TMP/full.jsonl, the reference
# the slices are compared with.
archive_and_full_run() {
  mkdir -p "$TMP/bin"
  ln -s "$(cd "$(dirname "$TEICONV")" && pwd)/$(basename "$TEICONV")" "$TMP/bin/teiconv"
  export PATH="$TMP/bin:$PATH"
  make_archive "$1/archive"
  check "archive: 60 records and the corpus files" test "$ARCHIVE_COUNT" -eq 64
  local rc=0
  teiconv convert -t all -q -o "$TMP/full" --report "$TMP/full.jsonl" "$1/archive" || rc=$?
  check "full run: exit 0" test "$rc" -eq 0
}

# readme_block HEADING: the first ```sh block after the README line that
# starts with HEADING, as it stands there.
readme_block() {
  awk -v h="$1" 'index($0, h) == 1 { found = 1; next }
    found && /^```sh$/ { inblock = 1; next }
    inblock && /^```$/ { exit }
    inblock { print }' "$SRC/README.md"
}

# check_slices FULL OUT REPORTGLOB SLICES ARCHIVE: the union of the slices'
# outputs is the full run byte for byte, and the merged reports name every
# input exactly once, with one summary per slice adding up to all of them.
check_slices() {
  local full=$1 out=$2 glob=$3 n=$4 archive=$5
  check "union of the $n slices identical to one full run" diff -r "$full" "$out"
  check "some outputs were written" test "$(find "$out" -name '*.ead.xml' | wc -l)" -ge 60
  # shellcheck disable=SC2086
  check "reports: every input exactly once, $n summaries" python3 - "$archive" "$n" $glob <<'PY'
import json, os, sys
archive, n, reports = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
assert len(reports) == n, ("reports", len(reports))
inputs = sorted(os.path.join(d, f) for d, _, fs in os.walk(archive) for f in fs)
paths, summaries = [], []
for r in reports:
    for line in open(r, encoding="utf-8"):
        o = json.loads(line)
        if "path" in o:
            assert o["status"] == "ok", o["path"]
            paths.append(o["path"])
        elif "summary" in o:
            summaries.append(o["summary"])
assert len(paths) == len(set(paths)), "an input converted twice"
assert sorted(paths) == inputs, (len(paths), len(inputs), set(inputs) ^ set(paths))
assert len(summaries) == n, ("summaries", len(summaries))
assert sum(s["total"] for s in summaries) == len(inputs)
assert sum(s["ok"] for s in summaries) == len(inputs)
assert all(s["failed"] == 0 and s["total"] < len(inputs) for s in summaries)
PY
}
