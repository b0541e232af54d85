#!/usr/bin/env bash
# lib_selftest.sh: the test helpers themselves can fail: a script that calls
# an unknown helper ends non-zero and says which, a failed check fails
# finish, a command failing outside a check fails the test (errexit), and a
# passing script passes (tests/cli/lib.bash).
. "$(dirname "$0")/lib.bash"

run_script() { # BODY: a throw-away test that sources lib.bash
  printf '. "%s/tests/cli/lib.bash"\n%s\nfinish\n' "$SRC" "$1" >"$TMP/t.sh"
  rc=0
  bash "$TMP/t.sh" >"$TMP/t.out" 2>&1 || rc=$?
}

run_script 'check "fine" true'
same "a passing script exits 0" "$rc" 0
check "and counts its check" grep -q "^1 passed, 0 failed$" "$TMP/t.out"

run_script 'check "broken" false'
same "a failed check fails the script" "$rc" 1

run_script 'check "before" true
no_such_helper "x" "y"
check "after" true'
check "an unknown helper fails the script (exit $rc)" test "$rc" -ne 0
check "and names it" grep -q "unknown command or helper: no_such_helper" "$TMP/t.out"
check "the checks after it do not pass silently" test "$(grep -c '^[0-9]* passed' "$TMP/t.out")" -eq 0

# errexit: a command failing outside a check ends the test as a failure,
# saying where and what; the checks after it never run.
run_script 'check "before" true
ls "$TMP/no-such-file"
check "after" true'
check "a failing command outside a check fails the script (exit $rc)" test "$rc" -eq 1
check "and says where and what" grep -qxF "FAIL: $TMP/t.sh:3: 'ls \"\$TMP/no-such-file\"' exited 2 outside a check" "$TMP/t.out"
check "the checks after it do not run" test "$(grep -c '^[0-9]* passed' "$TMP/t.out" || true)" -eq 0

run_script 'helper() { false; }
helper'
check "a failure inside a helper fails the script (exit $rc)" test "$rc" -eq 1
check "and names the helper's line and the test's call" grep -qxF "FAIL: $TMP/t.sh:2: 'false' exited 1 outside a check (in a helper called from $TMP/t.sh:3)" "$TMP/t.out"

run_script 'x=$(grep -c nothing-here /dev/null)'
check "a failing \$(...) assignment fails the script (exit $rc)" test "$rc" -eq 1

run_script '( exit 77 )'
check "a status of 77 outside a check is a failure, not a skip (exit $rc)" test "$rc" -eq 1

# need_reference still skips (77) without the reference folder, off CI
rc=0
printf '. "%s/tests/cli/lib.bash"\nneed_reference\ncheck "after" true\nfinish\n' "$SRC" >"$TMP/t.sh"
env -u CI TEICONV_REFERENCE_DIR="$TMP/no-such-reference" TC_NOT_RUN_LOG= bash "$TMP/t.sh" >"$TMP/t.out" 2>&1 || rc=$?
same "need_reference without the reference: skipped (77)" "$rc" 77
check "and not reported as a failure" test "$(grep -c 'outside a check' "$TMP/t.out" || true)" -eq 0

# the idioms for an expected failure stay quiet and counted
run_script 'rc=0; ls "$TMP/no-such-file" 2>/dev/null || rc=$?
check "expected status" test "$rc" -eq 2
n=$(grep -c nothing-here /dev/null || true)
check "no match counted" test "$n" = 0
check "a failing command inside a check" test "$(false; echo y)" = y
if false; then :; fi
false && true'
same "expected failures pass the script" "$rc" 0
check "and count their checks" grep -q "^3 passed, 0 failed$" "$TMP/t.out"
check "and say nothing about errexit" test "$(grep -c 'outside a check' "$TMP/t.out" || true)" -eq 0
finish
