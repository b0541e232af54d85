#!/usr/bin/env bash
# run_problems.sh: problems of the run itself, not of one input (issue 19):
# an input folder that cannot be walked (TC091), an output subfolder that
# cannot be created (TC007) and a teiconv.css that cannot be written
# (TC008) are in the --report's summary ("problems", "run_errors") and fail
# the run (exit 3), while the inputs they do not concern are converted and
# reported ok. Needs root (to read the folder as another user) or an
# unprivileged user, whom chmod 000 stops anyway.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/../cli/batch_lib.bash"

# as_user CMD...: run CMD as an unprivileged user (root reads any folder)
as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    "$@"
  fi
}

# ---- TC091: a walked folder that cannot be read ----------------------------
make_records "$TMP/in" 9      # rec1..rec9: 3 of them in sub/, 1 in sub/deeper/
mkdir -p "$TMP/in/locked"
cp "$SEED" "$TMP/in/locked/hidden.txt"
chmod 755 "$TMP" "$TMP/in"
chmod 000 "$TMP/in/locked"
mkdir -p "$TMP/o1" && chmod 777 "$TMP/o1"
rc=0; as_user "$TEICONV" convert -q -t tei -o "$TMP/o1" --report "$TMP/o1/r.jsonl" \
  "$TMP/in" 2>"$TMP/e1" || rc=$?
chmod 755 "$TMP/in/locked" && rm -rf "$TMP/in/locked"
check "unreadable folder: exit 3 (got $rc)" test "$rc" -eq 3
check "unreadable folder: TC091 printed" grep -q "TC091" "$TMP/e1"
check "unreadable folder: the 9 others converted" \
  test "$(find "$TMP/o1" -name '*.tei.xml' | wc -l)" -eq 9
check "unreadable folder: TC091 in the summary, with the folder" json_check "$TMP/o1/r.jsonl" '(
  any(p["code"] == "TC091" and p["severity"] == "error" and p["examples"][0].endswith("/in/locked")
      for p in summary[0]["problems"]) and summary[0]["run_errors"] == 1
  and summary[0]["ok"] == 9 and summary[0]["total"] == 9)'

# ---- TC007: an output subfolder that cannot be created -----------------------
mkdir -p "$TMP/o2"
: >"$TMP/o2/sub"             # a file where the folder sub/ must go
rc=0; "$TEICONV" convert -q -t tei,html -o "$TMP/o2" --report "$TMP/r2.jsonl" \
  "$TMP/in" 2>"$TMP/e2" || rc=$?
check "uncreatable subfolder: exit 3 (got $rc)" test "$rc" -eq 3
check "uncreatable subfolder: TC007 printed for it" grep -q "o2/sub.*TC007\|TC007.*o2/sub" "$TMP/e2"
# rec1 rec2 rec4 rec5 rec8 at the top: written; rec3 rec6 rec9 (sub) and
# rec7 (sub/deeper) fail
check "uncreatable subfolder: the 5 at the top converted" \
  test "$(find "$TMP/o2" -name '*.tei.xml' | wc -l)" -eq 5
check "uncreatable subfolder: report: 5 ok, 4 failed, TC007 in the summary" json_check "$TMP/r2.jsonl" '(
  summary[0]["ok"] == 5 and summary[0]["failed"] == 4 and summary[0]["run_errors"] >= 1
  and any(p["code"] == "TC007" and any(e.endswith("/o2/sub") for e in p["examples"])
          for p in summary[0]["problems"])
  and sorted(i["path"].rsplit("/", 1)[1] for i in items if i["status"] == "failed")
      == ["rec3.txt", "rec6.txt", "rec7.txt", "rec9.txt"])'
check "uncreatable subfolder: the file in its way untouched" test ! -s "$TMP/o2/sub"

# ---- TC008: a teiconv.css that cannot be written ---------------------------
mkdir -p "$TMP/o3/teiconv.css"  # a folder under the stylesheet's name
rc=0; "$TEICONV" convert -q -t html -o "$TMP/o3" --report "$TMP/r3.jsonl" \
  "$TMP/in" 2>"$TMP/e3" || rc=$?
check "unwritable teiconv.css: exit 3 (got $rc)" test "$rc" -eq 3
check "unwritable teiconv.css: said so" grep -q "teiconv.css" "$TMP/e3"
check "unwritable teiconv.css: the pages still written" \
  test "$(find "$TMP/o3" -name '*.html' | wc -l)" -eq 9
check "unwritable teiconv.css: in the summary, as an error of the run" json_check "$TMP/r3.jsonl" '(
  summary[0]["run_errors"] == 1 and summary[0]["ok"] == 9
  and any(p["code"] == "TC008" and p["examples"][0].endswith("/o3/teiconv.css")
          for p in summary[0]["problems"]))'
check "unwritable teiconv.css: no temporary left" \
  test -z "$(find "$TMP/o3" -name '*.tmp-teiconv-*')"

# ---- validate: the same folder problem reaches its summary -----------------
mkdir -p "$TMP/v/locked"
"$TEICONV" convert -q -t tei -o "$TMP/v" "$SEED"
chmod 755 "$TMP/v" && chmod 000 "$TMP/v/locked"
mkdir -p "$TMP/o4" && chmod 777 "$TMP/o4"
rc=0; as_user "$TEICONV" validate -q --report "$TMP/o4/r.jsonl" "$TMP/v" 2>"$TMP/e4" || rc=$?
chmod 755 "$TMP/v/locked"
check "validate, unreadable folder: exit 3 (got $rc)" test "$rc" -eq 3
# (as the other user the installed schemas may be out of reach: the file
# itself may come out invalid; only the folder problem is checked)
check "validate, unreadable folder: TC091 in the summary" json_check "$TMP/o4/r.jsonl" '(
  summary[0]["run_errors"] == 1 and summary[0]["files"] == 1
  and any(p["code"] == "TC091" for p in summary[0]["problems"]))'

# ---- a run without run problems says 0 ------------------------------------
# (the report inside the output folder: the run's own temporary of it is
# not taken for a gone run's and removed)
mkdir -p "$TMP/o5"
rc=0; "$TEICONV" convert -q -t tei -o "$TMP/o5" --report "$TMP/o5/r.jsonl" "$TMP/in" || rc=$?
check "clean run: exit 0" test "$rc" -eq 0
check "clean run: run_errors 0" json_check "$TMP/o5/r.jsonl" '(summary[0]["run_errors"] == 0
  and summary[0]["ok"] == 9)'
finish
