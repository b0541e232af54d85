#!/usr/bin/env bash
# tests/migrate/corpus.sh: every real EAD file of the reference corpus (ead2002*, ead3*, by
# path) migrated to the other EAD version: exit 0 only with a valid output, valid inputs always pass.
# Owner: the EAD migration (issue 13). Round trip EAD 2002 -> EAD3 -> EAD 2002 keeps the counts.
set -euo pipefail
. "$TEICONV_SOURCE_DIR/tests/cli/lib.bash"
. "$TEICONV_SOURCE_DIR/tests/outputs/lib.bash"
need_reference
S="$REF/reference/schemas"
G="$SRC/tests/migrate"
C="$REF/corpus"
# the corpus as listed in its SOURCES.md: 8 + 32 EAD 2002, 3 + 8 EAD3 files
same "EAD 2002 corpus files" "$(ls "$C"/ead2002/*.xml "$C"/ead2002-more/*.xml | wc -l)" 40
same "EAD3 corpus files" "$(ls "$C"/ead3/*.xml "$C"/ead3-more/*.xml | wc -l)" 11

# migrate FILE FMT SUFFIX OUTDIR: one conversion; exit 0 lists the output in
# OUTDIR.ok, any other exit lists the input in OUTDIR.refused
migrate() {
  local f=$1 fmt=$2 suffix=$3 out=$4 rc=0 stem
  stem=$(basename "$f" .xml)
  "$TEICONV" convert -q -t "$fmt" -o "$out" "$f" 2>>"$out.log" || rc=$?
  if [ "$rc" = 0 ]; then
    if [ -f "$out/$stem$suffix" ]; then echo "$out/$stem$suffix" >>"$out.ok"
    else fail "$(basename "$f"): exit 0 without a $fmt output"; fi
  else
    echo "$f" >>"$out.refused"
    rm -f "$out/$stem$suffix"
  fi
}
# judge OUTDIR OUT_SCHEMA IN_SCHEMA: every output of an exit 0 valid (one
# jing run); a refusal only for an input that is itself invalid
judge() {
  local bad
  bad=$(xargs jing "$2" <"$1.ok" 2>/dev/null | cut -d: -f1 | sort -u || true)
  if [ -z "$bad" ]; then pass; else fail "exit 0 with an invalid output: $bad"; fi
  same "outputs and refusals ($1)" "$(( $(wc -l <"$1.ok") + $( [ -f "$1.refused" ] && wc -l <"$1.refused" || echo 0) ))" "$3"
  if [ -f "$1.refused" ]; then
    cat "$1.refused" >&2
    while read -r f; do
      # without the namespace (DTD-style EAD 2002) the schema cannot judge
      if grep -q 'xmlns="urn:isbn:1-931666-22-9"\|xmlns="http://ead3.archivists.org/schema/"' "$f" &&
         jing "$4" "$f" >/dev/null 2>&1; then fail "$(basename "$f"): a valid input refused"; else pass; fi
    done <"$1.refused"
  fi
}

mkdir -p "$TMP/to3" "$TMP/to2" "$TMP/src2"
for f in "$C"/ead2002/*.xml "$C"/ead2002-more/*.xml; do
  migrate "$f" ead3 .ead3.xml "$TMP/to3"
  ln -s "$f" "$TMP/src2/"
done
for f in "$C"/ead3/*.xml "$C"/ead3-more/*.xml; do
  migrate "$f" ead .ead.xml "$TMP/to2"
done
judge "$TMP/to3" "$S/ead3/ead3.rng" 40 "$S/ead2002/ead.rng"
judge "$TMP/to2" "$S/ead2002/ead.rng" 11 "$S/ead3/ead3.rng"
# the EAD 2002 outputs also against ead.xsd
# shellcheck disable=SC2046
check "EAD 2002 outputs valid against ead.xsd" ead_xsd_ok $(cat "$TMP/to2.ok")

# counts kept (the EAD 2002 -> EAD3 log with its loss lines)
"$TEICONV" convert -j2 -t ead3 -o "$TMP/log3" "$C"/ead2002/*.xml "$C"/ead2002-more/*.xml 2>"$TMP/to3.loss" || true
check "EAD 2002 corpus -> EAD3 kept components, titles, dates, ids" \
  python3 "$G/check_kept.py" "$TMP/to3.loss" "$TMP/src2" "$TMP/to3" .ead3.xml --ids
# round trip
"$TEICONV" convert -j2 -t ead -o "$TMP/rt" "$TMP/to3" 2>"$TMP/rt.log" || true
same "round-trip outputs" "$(ls "$TMP"/rt/*.ead.xml | wc -l)" "$(ls "$TMP"/to3/*.ead3.xml | wc -l)"
check "round-trip EAD 2002 valid against ead.rng" jing_ok "$S/ead2002/ead.rng" "$TMP"/rt/*.ead.xml
check "round trip kept components, titles, dates, identifiers" \
  python3 "$G/check_kept.py" "$TMP/rt.log" "$TMP/src2" "$TMP/rt" .ead3.ead.xml
finish
