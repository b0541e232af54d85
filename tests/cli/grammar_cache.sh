#!/usr/bin/env bash
# grammar_cache.sh: the cache of compiled RELAX NG grammars
# ($XDG_CACHE_HOME/teiconv/grammars). Every corpus file (TEI against
# tei_all.rng, EAD3 against ead3.rng, namespaced EAD 2002 against ead.rng, as
# validate_corpus.sh picks them) validated cold, warm and with --no-cache gives
# byte-identical output and exit codes; a warm run takes the grammar from the
# entry (callgrind: far fewer instructions than compiling); a corrupted entry
# falls back to compiling; a changed include is compiled afresh; the entry is
# 0600 in a 0700 folder; --no-cache and TEICONV_NO_CACHE=1 neither use nor
# write it.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
need_reference
. "$(dirname "$0")/validate_lib.bash"
C="$REF/corpus"
G="$XDG_CACHE_HOME/teiconv/grammars"
entries() { find "$G" -name '*.grammar' 2>/dev/null | wc -l; }

# run NAME SCHEMA [OPTION...] -- FILE...: output, diagnostics, exit code
run() {
  local name=$1 schema=$2 rc=0; shift 2
  local opts=()
  while [ "$1" != -- ]; do opts+=("$1"); shift; done
  shift
  "$TEICONV" validate --catalog "$CATALOG" --schema "$schema" ${opts[@]+"${opts[@]}"} "$@" \
    >"$TMP/$name.out" 2>"$TMP/$name.err" || rc=$?
  echo "$rc" >"$TMP/$name.rc"
}
same_run() {
  check "$1: same output as $2" cmp -s "$TMP/$1.out" "$TMP/$2.out"
  check "$1: same diagnostics as $2" cmp -s "$TMP/$1.err" "$TMP/$2.err"
  check "$1: same exit code as $2" cmp -s "$TMP/$1.rc" "$TMP/$2.rc"
}

tei=("$C"/tei/*/*.xml "$C"/tei-more/*.xml)
ead3=("$C"/ead3/*.xml "$C"/ead3-more/*.xml)
ead=()
for f in "$C"/ead2002/*.xml "$C"/ead2002-more/*.xml; do
  [ "$(xmllint --nonet --xpath 'namespace-uri(/*)' "$f" 2>/dev/null)" = "urn:isbn:1-931666-22-9" ] && ead+=("$f")
done
check "corpus: at least 37 TEI files (${#tei[@]})" test "${#tei[@]}" -ge 37
check "corpus: at least 11 EAD3 files (${#ead3[@]})" test "${#ead3[@]}" -ge 11
check "corpus: at least 24 namespaced EAD 2002 files (${#ead[@]})" test "${#ead[@]}" -ge 24
# under valgrind memcheck (about 40 times slower) three files of each set:
# the cache code runs the same, the whole corpus is the plain leg's
if [ -n "${TC_UNDER_VALGRIND:-}" ]; then
  tei=("${tei[@]:0:3}") ead3=("${ead3[@]:0:3}") ead=("${ead[@]:0:3}")
fi

set_runs() {
  local set=$1 schema=$2; shift 2
  rm -rf "$XDG_CACHE_HOME"
  run "$set.cold" "$schema" -- "$@"
  same "$set: one entry after the cold run" "$(entries)" 1
  run "$set.warm" "$schema" -- "$@"
  run "$set.off" "$schema" --no-cache -- "$@"
  same_run "$set.warm" "$set.cold"
  same_run "$set.off" "$set.cold"
  check "$set: a result line per file" test "$(wc -l <"$TMP/$set.cold.out")" -eq "$#"
  if [ -n "${TC_UNDER_VALGRIND:-}" ]; then
    check "$set: none unreadable (exit 0 or 1)" grep -qx '[01]' "$TMP/$set.cold.rc"
  else
    check "$set: some file invalid, none unreadable (exit 1)" grep -qx 1 "$TMP/$set.cold.rc"
  fi
}
set_runs tei "$S/tei/tei_all.rng" "${tei[@]}"
set_runs ead3 "$S/ead3/ead3.rng" "${ead3[@]}"
set_runs ead2002 "$S/ead2002/ead.rng" "${ead[@]}"

# the entry and its folder
rm -rf "$XDG_CACHE_HOME"
tiny="$TMP/tiny.xml"
cat >"$tiny" <<'XML'
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A</title></titleStmt><publicationStmt><p>B</p></publicationStmt><sourceDesc><p>C</p></sourceDesc></fileDesc></teiHeader><text><body><p>Hi.</p></body></text></TEI>
XML
run off1 "$S/tei/tei_all.rng" --no-cache -- "$tiny"
same "--no-cache writes no entry" "$(entries)" 0
TEICONV_NO_CACHE=1 run off2 "$S/tei/tei_all.rng" -- "$tiny"
same "TEICONV_NO_CACHE=1 writes no entry" "$(entries)" 0
run cold "$S/tei/tei_all.rng" -- "$tiny"
same "tiny TEI valid" "$(cat "$TMP/cold.rc")" 0
entry=$(find "$G" -name '*.grammar')
same "entry mode" "$(stat -c %a "$entry")" 600
same "grammars folder mode" "$(stat -c %a "$G")" 700
same "teiconv folder mode" "$(stat -c %a "$XDG_CACHE_HOME/teiconv")" 700

# a warm run takes the grammar from the entry: instructions, not time
# (callgrind on the plain binary, also when $TEICONV is a valgrind wrapper)
BIN="${TEICONV_BUILD_DIR:-$(dirname "$TEICONV")}/teiconv"
instr() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" validate --catalog "$CATALOG" \
    --schema "$S/tei/tei_all.rng" "$@" "$tiny" 2>&1 >/dev/null | awk '/Collected/ { print $4 }'
}
if [ -n "${TC_UNDER_SANITIZER:-}" ]; then
  # valgrind cannot run an ASan binary: the count is the plain and valgrind
  # legs' (CI runs both); every other check here runs under ASan too
  not_run "warm run cheaper than compiling, in instructions" "valgrind cannot run an ASan+UBSan build; the plain build's run of this test counts them"
elif command -v valgrind >/dev/null; then
  warm=$(instr)
  fresh=$(instr --no-cache)
  echo "tiny TEI against tei_all.rng: warm $warm instructions, --no-cache $fresh"
  check "warm run under a third of the instructions of compiling ($warm vs $fresh)" \
    test "$((warm * 3))" -lt "$fresh"
elif [ "${CI:-}" = true ]; then
  fail "valgrind missing under CI: cannot count instructions"
else
  not_run "warm run cheaper than compiling" "valgrind is not installed"
fi

# a corrupted entry: compiled afresh, the same verdict, a sound entry again
size=$(stat -c %s "$entry")
printf '\377\377\377\377' | dd of="$entry" bs=1 seek=$((size / 2)) conv=notrunc status=none
cp "$entry" "$TMP/corrupt"
run corrupt "$S/tei/tei_all.rng" -- "$tiny"
same_run corrupt cold
differs() { ! cmp -s "$1" "$2"; }
check "corrupted entry replaced" differs "$entry" "$TMP/corrupt"
: >"$entry"
run empty "$S/tei/tei_all.rng" -- "$tiny"
same_run empty cold
check "empty entry replaced" test -s "$entry"

# a changed include is compiled afresh
mkdir "$TMP/s"
cat >"$TMP/s/main.rng" <<'RNG'
<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <include href="inc.rng"/>
  <start><element name="doc"><ref name="body"/></element></start>
</grammar>
RNG
echo '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="body"><element name="a"><empty/></element></define></grammar>' >"$TMP/s/inc.rng"
echo '<doc><a/></doc>' >"$TMP/s/doc.xml"
run inc1 "$TMP/s/main.rng" -- "$TMP/s/doc.xml"
same "include: valid at first" "$(cat "$TMP/inc1.rc")" 0
run inc2 "$TMP/s/main.rng" -- "$TMP/s/doc.xml"
same "include: valid warm" "$(cat "$TMP/inc2.rc")" 0
same "include: two entries (tei_all, main.rng)" "$(entries)" 2
echo '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="body"><element name="b"><empty/></element></define></grammar>' >"$TMP/s/inc.rng"
run inc3 "$TMP/s/main.rng" -- "$TMP/s/doc.xml"
same "include changed: the document no longer valid" "$(cat "$TMP/inc3.rc")" 1
check "include changed: error names <a>" grep -q '<a>' "$TMP/inc3.err"
finish
