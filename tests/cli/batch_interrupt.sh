#!/usr/bin/env bash
# batch_interrupt.sh: a batch killed part-way (SIGKILL) leaves no incomplete
# file under a final name and a rerun completes it and clears temporaries;
# SIGINT stops cleanly (exit 130, report written, no temporaries).
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/batch_lib.bash"

N=3000
IN="$TMP/in"
make_records "$IN" $N

# wait_outputs DIR COUNT: until COUNT final outputs exist (max ~20 s)
wait_outputs() {
  local i
  for i in $(seq 1 2000); do
    [ "$(find "$1" -name '*.tei.xml' 2>/dev/null | head -n "$2" | wc -l)" -ge "$2" ] && return 0
    sleep 0.01
  done
  return 1
}

# every final output must be complete, well-formed TEI (xmllint, many files
# per process; and the closing tag, as xmllint accepts a lone root element)
all_complete() {
  find "$1" -name '*.tei.xml' -print0 | xargs -0 -r xmllint --noout || return 1
  local open_ended
  open_ended=$(find "$1" -name '*.tei.xml' -print0 | xargs -0 -r grep -L '</TEI>')
  [ -z "$open_ended" ] || { echo "incomplete: $open_ended" >&2; return 1; }
}

# ---- SIGKILL part-way -------------------------------------------------------
"$TEICONV" convert -q -j 2 -o "$TMP/out" "$IN" 2>/dev/null &
pid=$!
wait_outputs "$TMP/out" 100 || echo "note: fewer than 100 outputs after ~20 s; killing anyway" >&2
kill -KILL $pid
wait $pid 2>/dev/null || true # 137 when killed, 0 when it finished first (noted below)
got=$(find "$TMP/out" -name '*.tei.xml' | wc -l)
[ "$got" -lt $N ] || echo "note: the batch finished before the kill; the test is weaker" >&2
check "killed: every final .tei.xml complete ($got of $N)" all_complete "$TMP/out"

# a temporary as a killed writer leaves it (half a file under a temp name)
mkdir -p "$TMP/out/sub"
head -c 300 "$TMP/out/rec1.tei.xml" >"$TMP/out/sub/rec3.tei.xml.tmp-teiconv-Ab12Cd"
check "stale temporary planted" test -e "$TMP/out/sub/rec3.tei.xml.tmp-teiconv-Ab12Cd"

rc=0; "$TEICONV" convert -j 2 -o "$TMP/out" --report "$TMP/rerun.jsonl" "$IN" 2>"$TMP/err" || rc=$?
check "rerun: exit 0" test "$rc" -eq 0
check "rerun: all $N outputs" test "$(find "$TMP/out" -name '*.tei.xml' | wc -l)" -eq $N
check "rerun: no temporaries left" test -z "$(find "$TMP/out" -name '*.tmp-teiconv-*')"
check "rerun: all complete" all_complete "$TMP/out"
check "rerun: converted only the missing ones" json_check "$TMP/rerun.jsonl" \
  "summary[0]['ok'] == $N - $got and summary[0]['skipped'] == $got"
check "rerun: summary line" grep -q "$((N - got)) of $N inputs converted, $got up to date, 0 failed" "$TMP/err"

# a third run does nothing; --force redoes all
"$TEICONV" convert -q -o "$TMP/out" --report "$TMP/third.jsonl" "$IN"
check "third run: all skipped" json_check "$TMP/third.jsonl" "summary[0]['skipped'] == $N"
touch "$IN/sub/rec3.txt"
"$TEICONV" convert -q -o "$TMP/out" --report "$TMP/touched.jsonl" "$IN"
check "touched input: redone alone" json_check "$TMP/touched.jsonl" \
  "[i['path'].split('/in/')[1] for i in items if i['status'] == 'ok'] == ['sub/rec3.txt']"

# ---- SIGINT: stop taking work, finish in-flight, report, exit 130 ----------
"$TEICONV" convert -q -j 2 -o "$TMP/int" --report "$TMP/int.jsonl" "$IN" 2>"$TMP/int.err" &
pid=$!
wait_outputs "$TMP/int" 100 || echo "note: fewer than 100 outputs after ~20 s; interrupting anyway" >&2
kill -INT $pid
rc=0; wait $pid || rc=$?
if [ "$(find "$TMP/int" -name '*.tei.xml' | wc -l)" -lt $N ]; then
  check "SIGINT: exit 130" test $rc -eq 130
  check "SIGINT: report says interrupted" json_check "$TMP/int.jsonl" \
    "summary[0]['interrupted'] is True and summary[0]['not_started'] > 0 and summary[0]['ok'] == len(items)"
  check "SIGINT: reported inputs are exactly the written ones" json_check "$TMP/int.jsonl" \
    "all(__import__('os').path.exists(i['outputs'][0]) for i in items) and len(items) == $(find "$TMP/int" -name '*.tei.xml' | wc -l)"
else
  echo "note: the batch finished before SIGINT; exit-130 checks skipped" >&2
fi
check "SIGINT: no temporaries left" test -z "$(find "$TMP/int" -name '*.tmp-teiconv-*')"
check "SIGINT: every output complete" all_complete "$TMP/int"
finish
