#!/usr/bin/env bash
# tests/migrate/corpus.sh: every real EAD file of the reference corpus (ead2002/,
# ead2002-more/, ead3/, ead3-more/, by path) migrated to the other EAD version, with the
# official schemas in the catalog (so the output gate checks against them too): exit 0 only
# with a valid output, every valid input converts, an invalid one either converts valid or is
# refused with a code; counts kept each way and round trip EAD 2002 -> EAD3 -> EAD 2002.
# Owner: the EAD migration (issue 13). The TEI folders' EAD and EAD3: tests/cli/xmlin_tei.sh.
set -euo pipefail
. "$TEICONV_SOURCE_DIR/tests/cli/lib.bash"
. "$TEICONV_SOURCE_DIR/tests/outputs/lib.bash"
need_reference
S="$REF/reference/schemas"
G="$SRC/tests/migrate"
C="$REF/corpus"
export XML_CATALOG_FILES="$S/catalog.xml"
# the corpus as listed in its SOURCES.md: 8 + 32 EAD 2002, 3 + 8 EAD3 files
ead2=("$C"/ead2002/*.xml "$C"/ead2002-more/*.xml)
ead3=("$C"/ead3/*.xml "$C"/ead3-more/*.xml)
same "EAD 2002 corpus files" "${#ead2[@]}" 40
same "EAD3 corpus files" "${#ead3[@]}" 11
# The inputs refused, each with its code: two EAD 2002 files that are not
# well-formed, an EAD3 file cut after its control (no archdesc). Every
# other input must convert.
REFUSED2="umich-badead-extref-malformed-attrs.xml TC050
umich-badead-mismatched-tags.xml TC050"
REFUSED3="loc-ead3-ad021001_bad.xml TC055"

# run OUT FMT FILE...: one batch (its report and its log, with the loss
# lines); writes OUT.ok (outputs of the inputs that converted) and
# OUT.refused ("NAME CODE" of those that did not, their first error code)
run() {
  local out=$1 fmt=$2
  shift 2
  "$TEICONV" convert -j2 -t "$fmt" --report "$out.jsonl" -o "$out" "$@" 2>"$out.log" || true
  python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
rows = [json.loads(line) for line in open(out + ".jsonl", encoding="utf-8")]
rows = [r for r in rows if "path" in r]
with open(out + ".ok", "w") as ok, open(out + ".refused", "w") as no:
    for r in sorted(rows, key=lambda r: r["path"]):
        if r["status"] == "ok":
            ok.writelines(o + "\n" for o in r["outputs"])
        else:
            codes = [e["code"] for e in r.get("errors", [])]
            no.write("%s %s\n" % (os.path.basename(r["path"]), (codes or ["none"])[0]))
with open(out + ".inputs", "w") as n:
    n.write("%d\n" % len(rows))
PY
}
# judge OUT OUT_SCHEMA WANT_REFUSED INPUTS: every output of an exit 0 valid
# (one jing run); one report line per input; the refusals those expected
judge() {
  local out=$1 rng=$2 want=$3 inputs=$4 bad
  same "report lines ($out)" "$(cat "$out.inputs")" "$inputs"
  same "outputs ($out)" "$(wc -l <"$out.ok")" "$((inputs - $(printf '%s' "$want" | grep -c . || true)))"
  bad=$(xargs jing "$rng" <"$out.ok" 2>/dev/null | cut -d: -f1 | sort -u || true)
  if [ -z "$bad" ]; then pass; else fail "converted, yet invalid against $(basename "$rng"): $bad"; fi
  same "refused inputs and their codes ($out)" "$(cat "$out.refused")" "$want"
}
# invalid2 FILE / invalid3 FILE: the input is not well-formed or fails the
# official schema (EAD 2002: ead.xsd, after namespacing when it has none)
invalid2() {
  xmllint --noout "$1" 2>/dev/null || return 0
  xsltproc --nonet --novalid "$G/namespace2002.xsl" "$1" >"$TMP/ns.xml"
  ! ead_xsd_ok "$TMP/ns.xml" 2>/dev/null
}
invalid3() { ! xmllint --noout "$1" 2>/dev/null || ! jing_ok "$S/ead3/ead3.rng" "$1"; }

mkdir -p "$TMP/src2" "$TMP/src3"
for f in "${ead2[@]}"; do ln -s "$f" "$TMP/src2/"; done
for f in "${ead3[@]}"; do ln -s "$f" "$TMP/src3/"; done
run "$TMP/to3" ead3 "${ead2[@]}"
run "$TMP/to2" ead "${ead3[@]}"
judge "$TMP/to3" "$S/ead3/ead3.rng" "$REFUSED2" 40
judge "$TMP/to2" "$S/ead2002/ead.rng" "$REFUSED3" 11
while read -r name code; do check "$name: refused ($code), and invalid" invalid2 "$C/ead2002-more/$name"; done <<<"$REFUSED2"
while read -r name code; do check "$name: refused ($code), and invalid" invalid3 "$C/ead3-more/$name"; done <<<"$REFUSED3"
# shellcheck disable=SC2046
check "EAD 2002 outputs valid against ead.xsd" ead_xsd_ok $(cat "$TMP/to2.ok")

# counts kept each way (the logs hold the loss lines)
check "EAD 2002 corpus -> EAD3 kept components, titles, dates, ids" \
  python3 "$G/check_kept.py" "$TMP/to3.log" "$TMP/src2" "$TMP/to3" .ead3.xml --ids --pairs 38
check "EAD3 corpus -> EAD 2002 kept components, titles, dates, ids" \
  python3 "$G/check_kept.py" "$TMP/to2.log" "$TMP/src3" "$TMP/to2" .ead.xml --ids --pairs 10
# round trip
run "$TMP/rt" ead "$TMP"/to3/*.ead3.xml
judge "$TMP/rt" "$S/ead2002/ead.rng" "" 38
check "round trip kept components, titles, dates, identifiers" \
  python3 "$G/check_kept.py" "$TMP/to3.log,$TMP/rt.log" "$TMP/src2" "$TMP/rt" .ead3.ead.xml --pairs 38
finish
