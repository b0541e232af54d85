#!/usr/bin/env bash
# linear_time.sh: the text algorithms are linear (issue 19). For each
# generated input below, the CPU time of a conversion to every format (and
# to text alone, the one that was quadratic) may grow at most x2.5 per
# doubling on average and x3.5 in any one doubling (a cache edge makes one
# step jump; quadratic is x4 every step), four times over, from a size that costs at least
# 0.25 s (tests/security/growth.py: user CPU time of the process from getrusage,
# best of 3 when a step looks steep). The cases that were quadratic:
# - header-lines: a single-valued field continued by many lines
#   (labelled format: 20,000 lines, 1.5 MB, took 65 s for every format);
# - info-lines: the same in a saved page's Document Information;
# - summary-paras: a Summary of many paragraphs (text: x6 per doubling);
# - paragraph: one long paragraph;
# - tei-notes: a TEI paragraph with many <note>s (x3-x4.5 per doubling).
. "$(dirname "$0")/../cli/lib.bash"
G="$SRC/tests/security/growth.py"
ALL=tei,html,text,ead,ead3,dc
# under valgrind or the sanitizers a run costs tens of times more: two
# doublings there (the limits checked are the same)
if [ -n "${TC_UNDER_VALGRIND:-}${TC_UNDER_SANITIZER:-}" ]; then
  export GROWTH_STEPS=2
fi
n=0
for c in "header-lines -t $ALL" "info-lines -t tei" "summary-paras -t text" \
         "paragraph -t $ALL" "paragraph -t text" "tei-notes -t text"; do
  # --max-node-size 0: the inputs grow past 8 MiB in one node (the paragraph)
  # shellcheck disable=SC2086 # the case is its kind and options
  rc=0; python3 "$G" "$TEICONV" $c --max-node-size 0 >"$TMP/g.out" 2>&1 || rc=$?
  sed 's/^/  /' "$TMP/g.out" >&2
  check "$c: CPU time linear (growth.py exit $rc)" test "$rc" -eq 0
  n=$((n + 1))
done
same "cases measured" "$n" 6
finish
