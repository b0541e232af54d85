#!/usr/bin/env bash
# big_schemas.sh: a RELAX NG schema costs time and memory linear in its size
# (issue 19), and one past teiconv's limits is refused with TC306, never a
# blow-up or a crash. Such a schema reaches teiconv from untrusted input: an
# <?xml-model?> naming a schema beside the input, and validate --schema.
# - growth: the CPU time of `validate` with a schema of n units and a small
#   document that names it in its xml-model may grow at most x2.5 per
#   doubling on average, four doublings (tests/security/growth.py, the
#   grammars from tests/security/rng_grammars.py): a choice of n refs to n
#   defines (was quadratic: 8,000 refs took 9.2 s and 775 MB) and the same
#   with an ID attribute on each element;
# - limits: defines nested through refs and groups of parts nested deeper
#   than 4,000 (a compiler and derivatives that recurse: 64,000 and 130,000
#   crashed), and choices that would cost the square of their size (16,000
#   choices nested ref first took 53 s and 3 GB) are refused with TC306 in
#   a moment; just under the depth limit they validate.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
G="$SRC/tests/security/growth.py"
R="$SRC/tests/security/rng_grammars.py"
# Under valgrind two short steps (its runs are slow); under ASan the whole
# run: two steps of 20-150 ms were noise there (one grew x3.4).
if [ -n "${TC_UNDER_VALGRIND:-}" ]; then
  export GROWTH_STEPS=2
fi

n=0
for kind in rng-choice rng-ids; do
  rc=0; python3 "$G" "$TEICONV" "$kind" --no-rules >"$TMP/g.out" 2>&1 || rc=$?
  sed 's/^/  /' "$TMP/g.out" >&2
  check "$kind: CPU time linear (growth.py exit $rc)" test "$rc" -eq 0
  n=$((n + 1))
done
same "growth cases measured" "$n" 2

# shape size: validates (0) or is refused (TC306), by xml-model and --schema
n=0
while read -r kind size want; do
  d="$TMP/$kind-$size"
  python3 "$R" "$kind" "$size" "$d"
  for how in xml-model schema; do
    opts=(--no-rules)
    [ "$how" = schema ] && opts+=(--schema "$d/g.rng")
    rc=0; start=$(date +%s)
    timeout 120 "$TEICONV" validate "${opts[@]}" "$d/in.xml" >"$TMP/out" 2>"$TMP/err" || rc=$?
    took=$(( $(date +%s) - start ))
    if [ "$want" = ok ]; then
      check "$kind $size ($how): validates (exit $rc)" test "$rc" -eq 0
    else
      check "$kind $size ($how): refused, exit 1 (got $rc)" test "$rc" -eq 1
      check "$kind $size ($how): TC306 saying why" grep -q "error\[TC306\].*past teiconv's limits: $want" "$TMP/err"
    fi
    check "$kind $size ($how): in a moment (${took}s)" test "$took" -le 10
    n=$((n + 1))
  done
done <<'CASES'
nested 3900 ok
nested 20000 defines nested more than 4,000 deep
group 3900 ok
group 20000 patterns nested more than 4,000 deep
interleave 20000 patterns nested more than 4,000 deep
attributes 20000 patterns nested more than 4,000 deep
nested-ref-first 16000 defines nested more than 4,000 deep
nested-ref-first 3000 choices too costly to build
CASES
same "limit cases run" "$n" 16
finish
