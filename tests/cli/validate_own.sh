#!/usr/bin/env bash
# validate_own.sh: schemas/teiconv-tei.rng admits what teiconv writes and
# nothing tei_all.rng refuses: every converted fixture record and
# tests/validate/own-maximal.xml (every element of the schema) pass both
# `teiconv validate --own` and jing against tei_all.rng.
. "$(dirname "$0")/lib.bash"
need_reference
. "$(dirname "$0")/validate_lib.bash"
OWN="$SRC/schemas/teiconv-tei.rng"
MAX="$SRC/tests/validate/own-maximal.xml"

"$TEICONV" convert -t tei -o "$TMP/tei" "$SRC"/tests/records/*.txt "$SRC"/tests/body/*.txt "$SRC"/examples/*.txt >/dev/null 2>&1
n=$(ls "$TMP"/tei/*.tei.xml 2>/dev/null | wc -l)
check "records converted ($n)" test "$n" -gt 10

rc=0; "$TEICONV" validate --own --no-rules -q "$MAX" "$TMP"/tei/*.tei.xml >"$TMP/own.out" 2>&1 || rc=$?
check "all valid against the teiconv schema" test "$rc" -eq 0
[ -s "$TMP/own.out" ] && cat "$TMP/own.out" >&2
rc=0; jing_ok "$S/tei/tei_all.rng" "$MAX" "$TMP"/tei/*.tei.xml >"$TMP/jing.out" || rc=$?
check "all valid against tei_all.rng (jing)" test "$rc" -eq 0
[ -s "$TMP/jing.out" ] && head -20 "$TMP/jing.out" >&2
rc=0; jing_ok "$OWN" "$MAX" >/dev/null || rc=$?
check "jing agrees the maximal document fits the teiconv schema" test "$rc" -eq 0

# stricter than TEI: valid TEI that teiconv would never write is refused
rc=0; jing_ok "$S/tei/tei_all.rng" "$SRC/tests/validate/tei-rules.xml" >/dev/null || rc=$?
check "tei-rules.xml is valid TEI" test "$rc" -eq 0
rc=0; "$TEICONV" validate --own --no-rules "$SRC/tests/validate/tei-rules.xml" >/dev/null 2>"$TMP/strict.err" || rc=$?
check "but not valid against the teiconv schema" test "$rc" -eq 1
check "which names the attribute" grep -q "attribute xml:lang is not allowed on <TEI>" "$TMP/strict.err"
# a root that is neither TEI nor EAD: a clear error (exit 1), never a crash
printf '<catalogue><item>x</item></catalogue>\n' >"$TMP/other.xml"
rc=0; "$TEICONV" validate --own "$TMP/other.xml" >/dev/null 2>"$TMP/other.err" || rc=$?
same "--own on a non-TEI, non-EAD root: exit 1" "$rc" 1
check "--own on an unknown root names the root" grep -q "not a TEI, EAD 2002, EAD3 or oai_dc document (root element <catalogue>" "$TMP/other.err"
finish
