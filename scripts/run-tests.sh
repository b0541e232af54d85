#!/usr/bin/env bash
# run-tests.sh BUILD JOBS: runs the suite (CTest) in BUILD and ends with one line
# naming the checks that did not run, why, and how to get them (tests log them).
set -euo pipefail
build=$1
jobs=$2
log="$build/tests-not-run.txt"
rm -f "$log"
rc=0
(cd "$build" && ctest --output-on-failure -j "$jobs") || rc=$?
# Each line of the log: "TEST: WHAT|WHY AND HOW TO GET IT"
if [ -s "$log" ]; then
  echo
  echo "teiconv: $(wc -l <"$log") checks did NOT run (the rest of the suite ran):"
  cut -d'|' -f1 "$log" | sed 's/^/  /'
  cut -d'|' -f2 "$log" | sort -u | sed 's/^/teiconv: not run because /'
fi
exit "$rc"
