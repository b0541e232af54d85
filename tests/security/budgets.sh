#!/usr/bin/env bash
# budgets.sh: every input's resources bounded (issue 19): a transformation
# past --max-xslt-seconds fails its input (and only it) with a clear error;
# SIGTERM and SIGHUP stop a run within a second even in the middle of a
# transformation, and within a second in an XSD validation (which cannot be
# stopped: the process then ends at once) or while validate loads its
# schema; validate bounds /dev/zero by --max-size.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"

python3 -c "
print('<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>S</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>' + '<p>x</p>' * 2000 + '</body></text></TEI>')" >"$TMP/slow.xml"
cp "$SRC/tests/records/labelled-crlf-minimal.txt" "$TMP/ok.txt"
# 2000^3 steps: hours, unless stopped
cat >"$TMP/slow.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:template match="/"><xsl:for-each select="//*"><xsl:for-each select="//*"><xsl:for-each select="//*"><xsl:value-of select="name()"/></xsl:for-each></xsl:for-each></xsl:for-each></xsl:template>
</xsl:stylesheet>
XSL

rc=0
start=$(date +%s)
timeout 60 "$TEICONV" convert --max-xslt-seconds 2 --xsl "$TMP/slow.xsl" -o "$TMP/out" \
  "$TMP/slow.xml" "$TMP/ok.txt" 2>"$TMP/err" || rc=$?
took=$(( $(date +%s) - start ))
check "time budget: exit 1 (got $rc)" test "$rc" -eq 1
check "time budget: stopped in time (${took}s)" test "$took" -le 15
check "time budget: says so" grep -q "slow.xsl stopped after 2 s (its time budget)" "$TMP/err"
# its own code and hint, not the refused-access ones of --xsl (TC212)
check "time budget: error TC023" grep -q "error\[TC023\]: slow.xsl stopped after 2 s" "$TMP/err"
check "time budget: its hint" grep -q "hint: raise --max-xslt-seconds" "$TMP/err"
check "time budget: not TC212" bash -c '! grep -q TC212 "$1"' _ "$TMP/err"
check "time budget: the other input still made" test -s "$TMP/out/ok.slow.txt"
check "time budget: nothing for the slow input" test ! -e "$TMP/out/slow.slow.txt"
rc=0
"$TEICONV" convert --max-xslt-seconds x "$TMP/ok.txt" 2>/dev/null || rc=$?
check "--max-xslt-seconds x: usage error (got $rc)" test "$rc" -eq 2

# a signal in the middle of a transformation: out within a second
for sig in TERM HUP INT; do
  rc=0
  "$TEICONV" convert --xsl "$TMP/slow.xsl" -o "$TMP/out-$sig" "$TMP/slow.xml" 2>"$TMP/err-$sig" &
  pid=$!
  sleep 1.5
  t0=$(date +%s%N)
  kill -"$sig" "$pid"
  wait "$pid" || rc=$?
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  check "SIG$sig: exit 130 (got $rc)" test "$rc" -eq 130
  check "SIG$sig: stopped within a second (${ms} ms)" test "$ms" -le 1000
  check "SIG$sig: says it was interrupted" grep -q "stopped: the run was interrupted" "$TMP/err-$sig"
  check "SIG$sig: error TC024, not TC212" grep -q "error\[TC024\]: slow.xsl stopped: the run was interrupted" "$TMP/err-$sig"
done

# the same for one input written to standard output (no batch)
rc=0
"$TEICONV" convert --xsl "$TMP/slow.xsl" -o - "$TMP/slow.xml" >/dev/null 2>"$TMP/err-one" &
pid=$!
sleep 1.5
kill -TERM "$pid"
wait "$pid" || rc=$?
check "-o -, SIGTERM: exit 130 (got $rc)" test "$rc" -eq 130
check "-o -, SIGTERM: says it was interrupted" grep -q "stopped: the run was interrupted" "$TMP/err-one"
check "-o -, SIGTERM: error TC024" grep -q "error\[TC024\]" "$TMP/err-one"

# a signal in the middle of libxml2's XSD validation (or of the parse before
# it), which nothing can stop from outside: the process ends within a second
# all the same (the clean stop's grace is 0.5 s), exit 130, and says why
if find_reference; then
  python3 - "$TMP/big-ead.xml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<ead xmlns="urn:isbn:1-931666-22-9" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="urn:isbn:1-931666-22-9 http://www.loc.gov/ead/ead.xsd">'
            '<eadheader><eadid>x</eadid><filedesc><titlestmt><titleproper>Big</titleproper>'
            '</titlestmt></filedesc></eadheader><archdesc level="collection"><did>'
            '<unittitle>Big</unittitle></did><dsc>\n')
    for i in range(200000):  # 25 MB: several CPU seconds of validation
        f.write('<c01 level="file" id="c%d"><did><unittitle>Item %d</unittitle>'
                '<unitdate normal="1967/1968">1967</unitdate></did></c01>\n' % (i, i))
    f.write("</dsc></archdesc></ead>\n")
PY
  for sig in TERM INT; do
    rc=0
    XML_CATALOG_FILES="$REF/reference/schemas/catalog.xml" "$TEICONV" validate "$TMP/big-ead.xml" \
      >/dev/null 2>"$TMP/err-xsd-$sig" &
    pid=$!
    # past the parse and the schema's loading (about 1 s of CPU), into the
    # validation (about 4 s): wait for 2 s of the process's CPU time
    for _ in $(seq 600); do
      ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 999)
      [ "$ticks" -ge 200 ] && break
      sleep 0.1
    done
    t0=$(date +%s%N)
    kill -"$sig" "$pid" 2>/dev/null || true # an early end is in rc
    wait "$pid" || rc=$?
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    check "XSD validation, SIG$sig: exit 130 (got $rc)" test "$rc" -eq 130
    check "XSD validation, SIG$sig: stopped within a second (${ms} ms)" test "$ms" -le 1000
    check "XSD validation, SIG$sig: says so ($(tail -c 300 "$TMP/err-xsd-$sig"))" grep -q "interrupted" "$TMP/err-xsd-$sig"
  done
else
  not_run "XSD validation stopped by a signal" "$REF_WHY"
fi

# a signal while validate is still loading its schema (an XSD of 100,000
# elements: about 1.5 s of CPU, linear in its size), named with --schema (read
# before any file) or by the file's <?xml-model?> (read in the batch): exit
# 130 and the stop message, never "schema not available" or death by signal
python3 - "$TMP/big.xsd" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="root">'
            '<xs:complexType><xs:sequence><xs:element ref="e0" minOccurs="0"/></xs:sequence>'
            '</xs:complexType></xs:element>\n')
    for i in range(100000):
        f.write('<xs:element name="e%d"><xs:complexType><xs:simpleContent><xs:extension '
                'base="xs:string"><xs:attribute name="a%d" type="xs:string"/></xs:extension>'
                '</xs:simpleContent></xs:complexType></xs:element>\n' % (i, i))
    f.write('</xs:schema>\n')
PY
echo '<root><e0>x</e0></root>' >"$TMP/small.xml"
printf '<?xml-model href="big.xsd"?>\n<root><e0>x</e0></root>\n' >"$TMP/modelled.xml"
for how in schema model; do
  for sig in TERM INT; do
    if [ "$how" = schema ]; then set -- --schema "$TMP/big.xsd" "$TMP/small.xml"
    else set -- --as tei "$TMP/modelled.xml"; fi
    rc=0
    "$TEICONV" validate "$@" >"$TMP/out-load-$how-$sig" 2>"$TMP/err-load-$how-$sig" &
    pid=$!
    # past the start-up, into the schema's loading: 0.4 s of its CPU time
    for _ in $(seq 600); do
      ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 999)
      [ "$ticks" -ge 40 ] && break
      sleep 0.05
    done
    t0=$(date +%s%N)
    kill -"$sig" "$pid" 2>/dev/null || true # an early end is in rc
    wait "$pid" || rc=$?
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    what="schema loading ($how), SIG$sig"
    check "$what: exit 130 (got $rc)" test "$rc" -eq 130
    check "$what: stopped within a second (${ms} ms)" test "$ms" -le 1000
    check "$what: says it was interrupted ($(tail -c 300 "$TMP/err-load-$how-$sig"))" \
      grep -q "interrupted" "$TMP/err-load-$how-$sig"
    check "$what: no result for the file" test ! -s "$TMP/out-load-$how-$sig"
  done
done

# validate: /dev/zero stops at --max-size, fast
rc=0
start=$(date +%s)
timeout 30 "$TEICONV" validate --max-size 1M /dev/zero >/dev/null 2>"$TMP/err-zero" || rc=$?
took=$(( $(date +%s) - start ))
check "validate /dev/zero: fails (exit 1, got $rc)" test "$rc" -eq 1
check "validate /dev/zero: TC009" grep -q "error\[TC009\]" "$TMP/err-zero"
check "validate /dev/zero: fast (${took}s)" test "$took" -le 5
rc=0
"$TEICONV" validate --max-size lots /dev/null 2>/dev/null || rc=$?
check "validate --max-size lots: usage error (got $rc)" test "$rc" -eq 2

finish
