#!/usr/bin/env bash
# tests/migrate/fit_fast.sh: the fit pass's fast path (src/lib/xslt/fit_copy.c: a subtree
# that already fits the target is copied in C) changes no byte: every EAD file of the corpus
# to the other EAD version, every TEI file of the corpus to EAD and EAD3, and 300 generated
# documents each way give the same outputs and the same messages with the fast path and
# with the templates alone (TEICONV_FIT_IN_XSLT=1).
# Owner: EAD migration speed (issue 16).
set -euo pipefail
. "$TEICONV_SOURCE_DIR/tests/cli/lib.bash"
need_reference
S="$REF/reference/schemas"
C="$REF/corpus"
export XML_CATALOG_FILES="$S/catalog.xml"
ead2=("$C"/ead2002/*.xml "$C"/ead2002-more/*.xml)
ead3=("$C"/ead3/*.xml "$C"/ead3-more/*.xml)
mapfile -t tei < <(find "$C/tei" "$C/tei-more" -name '*.xml' | sort)
same "EAD 2002 corpus files" "${#ead2[@]}" 40
same "EAD3 corpus files" "${#ead3[@]}" 11
check "TEI corpus files: at least 37 (${#tei[@]})" test "${#tei[@]}" -ge 37
COUNT=${FIT_FAST_COUNT:-300}
python3 "$SRC/tests/migrate/rng_gen.py" --rng "$S/ead2002/ead.rng" --out "$TMP/g2" --count "$COUNT" --seed 5 >/dev/null
python3 "$SRC/tests/migrate/rng_gen.py" --rng "$S/ead3/ead3.rng" --out "$TMP/g3" --count "$COUNT" --seed 5 >/dev/null
same "generated EAD 2002 documents" "$(find "$TMP/g2" -name '*.xml' | wc -l)" "$COUNT"
same "generated EAD3 documents" "$(find "$TMP/g3" -name '*.xml' | wc -l)" "$COUNT"

# both WHAT FMT FILE...: one batch with the fast path, one without, into
# two folders; outputs and messages must be the same
both() {
  local what=$1 fmt=$2; shift 2
  local m rc
  for m in 0 1; do
    rc=0
    TEICONV_FIT_IN_XSLT=$m "$TEICONV" convert -q -t "$fmt" -o "$TMP/$what.$m" "$@" \
      >/dev/null 2>"$TMP/$what.$m.err" || rc=$?
    echo "$rc" >"$TMP/$what.$m.rc"
  done
  same "$what: exit status" "$(cat "$TMP/$what.0.rc")" "$(cat "$TMP/$what.1.rc")"
  check "$what: outputs written ($(find "$TMP/$what.0" -name '*.xml' | wc -l))" \
    test "$(find "$TMP/$what.0" -name '*.xml' | wc -l)" -gt 0
  check "$what: the same outputs, byte for byte" diff -r "$TMP/$what.0" "$TMP/$what.1"
  check "$what: the same messages" diff "$TMP/$what.0.err" "$TMP/$what.1.err"
}
both ead2-to-ead3 ead3 "${ead2[@]}"
both ead3-to-ead2 ead "${ead3[@]}"
both tei-to-ead ead,ead3 "${tei[@]}"
both gen2-to-ead3 ead3 "$TMP"/g2/*.xml
both gen3-to-ead2 ead "$TMP"/g3/*.xml
finish
