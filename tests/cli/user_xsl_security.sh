#!/usr/bin/env bash
# user_xsl_security.sh: a hostile --xsl stylesheet runs under the same
# security preferences as teiconv's own: document() of /etc/passwd, of a
# file outside the allowed folders and of a URL, exsl:document and
# xsl:document writes, and xsl:import by URL all fail cleanly (an error for
# that input, nothing written, nothing read, no connection); reading beside
# the stylesheet or beside the input is allowed.
. "$(dirname "$0")/lib.bash"
S="$SRC/tests/security"
SEED="$SRC/examples/wilson-111189.txt"

start_listener
P=$PORT

# A secret outside every allowed folder, readable by this process
mkdir -p "$TMP/secret" "$TMP/in"
echo '<secret>root:x:0:0:s3cr3t</secret>' >"$TMP/secret/s.xml"
cp "$SEED" "$TMP/in/"
echo '<beside>next to the input</beside>' >"$TMP/in/beside.xml"

# hostile NAME XSL TARGET: the input fails (exit 1, TC212 saying what was
# refused), no output of any format is written, and the secret is nowhere
hostile() {
  local name=$1 xsl=$2 target=$3
  rc=0; "$TEICONV" convert -t tei,dc --xsl "$xsl" --param "target=$target" -o "$TMP/out-$name" "$TMP/in/wilson-111189.txt" 2>"$TMP/$name.err" || rc=$?
  same "$name: exit 1" "$rc" "1"
  check "$name: TC212 says refused" grep -q "error\[TC212\]: .*\(refused\|denied\)" "$TMP/$name.err"
  same "$name: no output at all" "$(ls "$TMP/out-$name" 2>/dev/null)" ""
  check "$name: the secret is nowhere" sh -c "! grep -rqs 's3cr3t\|root:x:0' '$TMP/out-$name' '$TMP/$name.err'"
}
hostile passwd "$S/read-file.xsl" /etc/passwd
hostile secret "$S/read-file.xsl" "$TMP/secret/s.xml"
hostile secret-url "$S/read-file.xsl" "file://$TMP/secret/s.xml"
hostile network "$S/read-file.xsl" "http://127.0.0.1:$P/x.xml"
hostile exsl-write "$S/write-file.xsl" "$TMP/pwned"
check "exsl:document: no file written" test ! -e "$TMP/pwned"
hostile exsl-write-inside "$S/write-file.xsl" "$TMP/out-exsl-write-inside/x.txt"
hostile xsl-document "$S/xsl-document.xsl" "$TMP/pwned2"
check "xsl:document: no file written" test ! -e "$TMP/pwned2"
hostile xsl-document-dir "$S/xsl-document.xsl" "$TMP/newdir/pwned"
check "xsl:document: no folder created" test ! -e "$TMP/newdir"

# One hostile input does not stop the others; the run goes on
cp "$SRC/tests/records/date-circa.txt" "$TMP/in/"
rc=0; "$TEICONV" convert -q --xsl "$S/read-file.xsl" --param "target=$TMP/in/beside.xml" -o "$TMP/ok" "$TMP/in/wilson-111189.txt" "$TMP/in/date-circa.txt" || rc=$?
check "beside the input: allowed (exit 0)" test "$rc" -eq 0
check "beside the input: read" grep -q "next to the input" "$TMP/ok/wilson-111189.read-file.xml"
"$TEICONV" convert -q --xsl "$S/read-file.xsl" --param "target=$S/sibling.xml" -o "$TMP/ok2" "$TMP/in/wilson-111189.txt"
check "beside the stylesheet: allowed" grep -q "allowed" "$TMP/ok2/wilson-111189.read-file.xml"

# xsl:import of a URL: refused at compile time, before any conversion
cat >"$TMP/import.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="http://127.0.0.1:$P/base.xsl"/>
  <xsl:template match="/"><out/></xsl:template>
</xsl:stylesheet>
XSL
rc=0; "$TEICONV" convert --xsl "$TMP/import.xsl" -o "$TMP/imp" "$TMP/in/wilson-111189.txt" 2>"$TMP/imp.err" || rc=$?
same "import by URL: exit 2" "$rc" "2"
check "import by URL: TC211" grep -q "TC211" "$TMP/imp.err"
check "import by URL: nothing converted" test ! -e "$TMP/imp"
sleep 0.2
check "no connection was made (got $(wc -l <"$HITS"))" test ! -s "$HITS"
finish
