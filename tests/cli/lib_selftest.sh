#!/usr/bin/env bash
# lib_selftest.sh: the test helpers themselves can fail: a script that calls
# an unknown helper ends non-zero and says which, a failed check fails
# finish, and a passing script passes (tests/cli/lib.bash).
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
finish
