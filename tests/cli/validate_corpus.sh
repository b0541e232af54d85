#!/usr/bin/env bash
# validate_corpus.sh: `teiconv validate` agrees with jing (TEI: tei_all.rng,
# EAD3: ead3.rng) and with xmllint (EAD 2002: ead.xsd) on every file of
# ../shared/corpus, and schema pruning changes no verdict.
. "$(dirname "$0")/lib.bash"
need_reference
. "$(dirname "$0")/validate_lib.bash"
C="$REF/corpus"

verdict() { if [ "$1" -eq 0 ]; then echo valid; else echo invalid; fi; }

# ours: the schema verdict (--no-rules), one process per file as a user runs it
ours() {
  "$TEICONV" validate --catalog "$CATALOG" --no-rules -q "$1" >/dev/null 2>"$TMP/ours.err"
  verdict $?
}

for f in "$C"/tei/*/*.xml; do
  jing_ok "$S/tei/tei_all.rng" "$f" >"$TMP/jing.out"
  want=$(verdict $?)
  got=$(ours "$f")
  check "$(basename "$f"): teiconv says $got, jing says $want" test "$got" = "$want"
  # where jing lists few errors, ours lists the same number
  n_jing=$(grep -c ': error: ' "$TMP/jing.out")
  if [ "$n_jing" -gt 0 ] && [ "$n_jing" -le 60 ]; then
    n_ours=$(grep -c 'error\[TC3' "$TMP/ours.err")
    check "$(basename "$f"): $n_ours errors, jing $n_jing" test "$n_ours" -eq "$n_jing"
  fi
done

for f in "$C"/ead3/*.xml; do
  jing_ok "$S/ead3/ead3.rng" "$f" >/dev/null
  want=$(verdict $?)
  got=$(ours "$f")
  check "$(basename "$f"): teiconv says $got, jing says $want" test "$got" = "$want"
done

for f in "$C"/ead2002/*.xml; do
  if [ "$(xmllint --nonet --xpath 'namespace-uri(/*)' "$f" 2>/dev/null)" = "urn:isbn:1-931666-22-9" ]; then
    ead_xsd_ok "$f" 2>/dev/null
    want=$(verdict $?)
  else
    # no namespace: SOURCES.md records these valid after namespacing, which
    # is what teiconv does before validating
    want=valid
  fi
  got=$(ours "$f")
  check "$(basename "$f"): teiconv says $got, xmllint --schema says $want" test "$got" = "$want"
done

# Pruning must not change a verdict: the whole grammars, compiled once for
# all files of a type (slow: libxml2 takes ~9 s on tei_all.rng), against the
# pruned ones.
for set in tei ead3; do
  files=$(ls "$C"/$set/*.xml "$C"/$set/*/*.xml 2>/dev/null)
  # shellcheck disable=SC2086
  "$TEICONV" validate --catalog "$CATALOG" --no-rules --no-prune $files 2>/dev/null >"$TMP/whole.$set"
  # shellcheck disable=SC2086
  "$TEICONV" validate --catalog "$CATALOG" --no-rules $files 2>/dev/null >"$TMP/pruned.$set"
  # the verdicts, not the error counts (libxml2 words its errors differently
  # on the two grammars)
  sed -i 's/ (.*)$//' "$TMP/whole.$set" "$TMP/pruned.$set"
  check "$set: pruned and whole grammars give the same verdicts" \
    diff "$TMP/whole.$set" "$TMP/pruned.$set"
  check "$set: every file has a result line" \
    test "$(wc -l <"$TMP/pruned.$set")" -eq "$(echo "$files" | wc -w)"
done
finish
