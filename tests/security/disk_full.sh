#!/usr/bin/env bash
# disk_full.sh: the output folder's file system fills up (issue 19): a
# small tmpfs as the output folder. Every final file there is complete
# (equal to the same run's output on a roomy disk), no temporary is left,
# the run exits 3 and its report names the inputs that failed; after space
# is freed (the tmpfs grown), a rerun converts exactly those inputs and
# finds the others up to date, and the folder then equals the reference.
# Needs root (mount); under CI=true a failing mount fails the test.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/../cli/batch_lib.bash"
M="$TMP/mnt"
mkdir -p "$M"
if ! mount -t tmpfs -o size=160k tmpfs "$M" 2>"$TMP/mount.err"; then
  if [ "${CI:-}" = "true" ]; then
    echo "FAIL: cannot mount a tmpfs under CI (root needed): $(cat "$TMP/mount.err")" >&2
    exit 1
  fi
  not_run "disk full" "cannot mount a tmpfs (needs root): $(cat "$TMP/mount.err")"
  exit 77
fi
trap 'umount "$M" 2>/dev/null; rm -rf "$TMP"' EXIT
make_records "$TMP/in" 12   # about 29 KB of outputs each: 350 KB, the tmpfs holds 160 KB
ALL=tei,html,text,ead,ead3,dc
"$TEICONV" convert -q -t "$ALL" -o "$TMP/ref" "$TMP/in"

rc=0; "$TEICONV" convert -q -j 2 -t "$ALL" -o "$M" --report "$TMP/r1.jsonl" "$TMP/in" \
  2>"$TMP/e1" || rc=$?
check "disk full: exit 3 (got $rc)" test "$rc" -eq 3
check "disk full: said so" grep -q "No space left on device" "$TMP/e1"
check "disk full: no temporary left" test -z "$(find "$M" -name '*.tmp-teiconv-*')"
n=0 bad=0
while IFS= read -r f; do
  n=$((n + 1))
  cmp -s "$M/$f" "$TMP/ref/$f" || { bad=$((bad + 1)); echo "incomplete: $f" >&2; }
done < <(cd "$M" && find . -type f | sed 's|^\./||')
check "disk full: some outputs written ($n)" test "$n" -gt 0
same "disk full: every final file complete (of $n)" "$bad" 0
check "disk full: not everything fits" test "$n" -lt "$(find "$TMP/ref" -type f | wc -l)"
check "disk full: the report lists the failed inputs" json_check "$TMP/r1.jsonl" '(
  summary[0]["failed"] > 0 and summary[0]["ok"] + summary[0]["failed"] == 12
  and all(i["status"] == "failed" or i["status"] == "ok" for i in items))'

# free space: the same folder, grown; the rerun does exactly the rest
mount -o remount,size=2m "$M"
rc=0; "$TEICONV" convert -q -t "$ALL" -o "$M" --report "$TMP/r2.jsonl" "$TMP/in" \
  2>"$TMP/e2" || rc=$?
check "rerun: exit 0 (got $rc)" test "$rc" -eq 0
check "rerun: converts exactly the inputs that failed, the others up to date" python3 - \
  "$TMP/r1.jsonl" "$TMP/r2.jsonl" <<'PY'
import json, sys
first, second = ([json.loads(l) for l in open(p, encoding="utf-8") if '"path"' in l]
                 for p in sys.argv[1:])
failed = {i["path"] for i in first if i["status"] == "failed"}
done = {i["path"] for i in first if i["status"] == "ok"}
assert {i["path"] for i in second if i["status"] == "ok"} == failed, second
assert {i["path"] for i in second if i["status"] == "skipped"} == done, second
PY
check "rerun: the folder equals the reference" diff -r -q "$TMP/ref" "$M"
check "rerun: no temporary left" test -z "$(find "$M" -name '*.tmp-teiconv-*')"
finish
