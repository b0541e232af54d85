#!/usr/bin/env bash
# teidoc_limits.sh: the summary rule of a TEI text's finding aid as options
# (--dsc-max-depth, --dsc-max-components), reported by warning TC201 even
# without -v; the loss report of runs that make only HTML or text; and an
# error-level diagnostic (TC050: not namespace-well-formed) fails its input.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/../outputs/lib.bash"
need_reference
R="$REF/reference/schemas"
FRUS="$REF/corpus/tei/frus/frus1934v04.xml"
FRUS2="$REF/corpus/tei/frus/frus1873p2v3.xml"
FW="$REF/corpus/tei-more/dta-soldatenbriefe-letter-038.xml"
SUPINO="$REF/corpus/tei-more/dthpa-supino-05_TEItexts.xml"
REC="$SRC/tests/records/labelled-basic.txt"
comps() { grep -o '<c ' "$1" | wc -l; }

# Default: every division listed (FRUS 1934: 734 components), no TC201.
rc=0; "$TEICONV" convert -t ead -o "$TMP/all" "$FRUS" 2>"$TMP/e.all" || rc=$?
same "default: exit" "$rc" 0
same "default: 734 components" "$(comps "$TMP/all/frus1934v04.ead.xml")" 734
check "default: no TC201" bash -c "! grep -q TC201 '$TMP/e.all'"

# --dsc-max-depth 1: the 6 top units only, the 728 below counted and reported
# by a warning printed without -v, in EAD 2002 and EAD3, both valid.
rc=0; "$TEICONV" convert -t ead,ead3 --dsc-max-depth 1 -o "$TMP/d1" "$FRUS" 2>"$TMP/e.d1" || rc=$?
same "--dsc-max-depth 1: exit" "$rc" 0
same "--dsc-max-depth 1: EAD 2002 components" "$(comps "$TMP/d1/frus1934v04.ead.xml")" 6
same "--dsc-max-depth 1: EAD3 components" "$(comps "$TMP/d1/frus1934v04.ead3.xml")" 6
check "--dsc-max-depth 1: warning TC201 with the counts" \
  grep -q "warning\[TC201\]: 728 of the 734 divisions of the text are below level 1" "$TMP/e.d1"
same "--dsc-max-depth 1: one TC201 for two finding aids" "$(grep -c '^/.*frus1934v04.xml: warning\[TC201\]' "$TMP/e.d1")" 1
check "--dsc-max-depth 1: EAD 2002 valid (ead.xsd)" ead_xsd_ok "$TMP/d1/frus1934v04.ead.xml"
check "--dsc-max-depth 1: EAD3 valid (ead3.rng)" jing_ok "$R/ead3/ead3.rng" "$TMP/d1/frus1934v04.ead3.xml"

# --dsc-max-components 50: the deepest level within 50 (frus1873: 28 of 99)
rc=0; "$TEICONV" convert -q -t ead --dsc-max-components 50 -o "$TMP/c50" "$FRUS2" 2>"$TMP/e.c50" || rc=$?
same "--dsc-max-components 50: exit" "$rc" 0
n=$(comps "$TMP/c50/frus1873p2v3.ead.xml")
check "--dsc-max-components 50: at most 50 components ($n)" test "$n" -le 50 -a "$n" -ge 1
rc=0; "$TEICONV" convert -t ead --dsc-max-components 50 -o - "$FRUS2" 2>"$TMP/e.c50b" >/dev/null || rc=$?
check "--dsc-max-components 50: TC201 (-o - too)" grep -q "warning\[TC201\]: $((99 - n)) of the 99 divisions" "$TMP/e.c50b"
check "--dsc-max-components 50: report names the options" grep -q -- "--dsc-max-components 50" "$TMP/e.c50b"
# the --report keeps the warning
rc=0; "$TEICONV" convert -q -t ead --force --dsc-max-depth 1 --report "$TMP/r.jsonl" -o "$TMP/d1" "$FRUS" || rc=$?
same "--report run: exit" "$rc" 0
check "--report: TC201 among the warnings" grep -q '"code":"TC201"' "$TMP/r.jsonl"
# 0 lifts the limit; --dsc-max-depth 0 lists every level
rc=0; "$TEICONV" convert -t ead --dsc-max-components 0 --dsc-max-depth 0 -o - "$FRUS" >"$TMP/nolimit.xml" 2>"$TMP/e.0" || rc=$?
same "0 0: exit" "$rc" 0
same "0 0: 734 components" "$(comps "$TMP/nolimit.xml")" 734
check "0 0: no TC201" bash -c "! grep -q TC201 '$TMP/e.0'"
for bad in "--dsc-max-depth x" "--dsc-max-depth -1" "--dsc-max-components 1.5"; do
  rc=0; "$TEICONV" convert -t ead $bad -o "$TMP/bad" "$FRUS" 2>"$TMP/e.bad" || rc=$?
  same "$bad: usage error" "$rc" 2
  check "$bad: says what it wants" grep -q "wants a number" "$TMP/e.bad"
done

# The loss report of HTML-only and text-only runs (-v): running heads, and the
# header fields those renderings do not show; none for a record.
rc=0; "$TEICONV" convert -v -t html -o "$TMP/h" "$FW" 2>"$TMP/e.h" || rc=$?
same "-t html -v: exit" "$rc" 0
check "-t html -v: running heads reported" grep -q "note\[TC200\]: dropped: /text//fw: [0-9]* running heads" "$TMP/e.h"
check "-t html -v: header fields not shown in HTML" grep -q 'note\[TC200\]: dropped: /teiHeader/.*" is not shown in HTML$' "$TMP/e.h"
check "-t html -v: no EAD lines" bash -c "! grep -q 'has no place in EAD' '$TMP/e.h'"
rc=0; "$TEICONV" convert -v -t text -o "$TMP/t" "$FW" 2>"$TMP/e.t" || rc=$?
same "-t text -v: exit" "$rc" 0
check "-t text -v: lines about text" grep -q '" is not shown in text$' "$TMP/e.t"
rc=0; "$TEICONV" convert -q -t html,text --report "$TMP/rh.jsonl" -o "$TMP/h2" "$FW" || rc=$?
same "-t html,text --report: exit" "$rc" 0
check "-t html,text --report: dropped is not empty" \
  python3 -c 'import json,sys; o=json.loads(open(sys.argv[1]).readline()); sys.exit(0 if len(o["dropped"]) >= 2 else 1)' "$TMP/rh.jsonl"
rc=0; "$TEICONV" convert --force -t html -o "$TMP/h" "$FW" 2>"$TMP/e.h0" || rc=$?
same "-t html (no -v): exit" "$rc" 0
check "-t html (no -v): notes not printed" bash -c "! grep -q TC200 '$TMP/e.h0'"
rc=0; "$TEICONV" convert -v -t html,text -o "$TMP/rec" "$REC" 2>"$TMP/e.rec" || rc=$?
same "a record, -t html,text -v: exit" "$rc" 0
check "a record, -v: the per-input line is printed" grep -q "converted, 2 outputs" "$TMP/e.rec"
check "a record's HTML and text drop nothing" bash -c "! grep -q TC200 '$TMP/e.rec'"

# An error means exit status 1 and no output: a document libxml2 recovers
# from (an undeclared namespace prefix) is refused with TC050 ...
cat >"$TMP/ns.xml" <<'EOF'
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><p>a <x:foo>b</x:foo></p></body></text></TEI>
EOF
rc=0; "$TEICONV" convert -t html,ead -o "$TMP/ns" "$TMP/ns.xml" 2>"$TMP/e.ns" || rc=$?
same "undeclared prefix: exit" "$rc" 1
check "undeclared prefix: TC050 error" grep -q "error\[TC050\]: XML: Namespace prefix x on foo is not defined" "$TMP/e.ns"
check "undeclared prefix: refused" grep -q "error\[TC050\]: XML: not namespace-well-formed: refused" "$TMP/e.ns"
check "undeclared prefix: no output" test ! -e "$TMP/ns/ns.html" -a ! -e "$TMP/ns/ns.ead.xml"
check "undeclared prefix: counted as failed" grep -q "0 of 1 inputs converted, 1 failed" "$TMP/e.ns"
rc=0; "$TEICONV" convert -t text -o - "$TMP/ns.xml" >"$TMP/ns.out" 2>/dev/null || rc=$?
same "undeclared prefix, -o -: exit" "$rc" 1
check "undeclared prefix, -o -: nothing on stdout" test ! -s "$TMP/ns.out"
rc=0; "$TEICONV" validate "$TMP/ns.xml" >/dev/null 2>&1 || rc=$?
check "undeclared prefix: validate fails ($rc)" test "$rc" -ne 0
# ... and dthpa-supino (duplicate and non-NCName xml:ids: schema problems,
# warnings) converts with exit 0 and no error line.
rc=0; "$TEICONV" convert -t ead,html -o "$TMP/sup" "$SUPINO" 2>"$TMP/e.sup" || rc=$?
same "supino: exit" "$rc" 0
check "supino: no error line" bash -c "! grep -q 'error\[' '$TMP/e.sup'"
check "supino: EAD written" test -s "$TMP/sup/dthpa-supino-05_TEItexts.ead.xml"

finish
