#!/usr/bin/env bash
# confine.sh: what an input may make teiconv read (issue 19): XInclude,
# xml-model schemas and --xsl document() reach only regular files inside
# the input's (or stylesheet's) folder tree, after resolving links; never
# /etc/passwd, a link out of the tree, a FIFO (no hang); --allow-read widens
# it; refusals are warnings naming the href and xi:fallback stands in.
# Walked folders skip links leading out (unless --follow-links) and FIFOs.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
need_reference
export XML_CATALOG_FILES="$REF/reference/schemas/catalog.xml"
T="timeout 20 $TEICONV"   # a hang is a failure, not a stuck suite
SECRET=$(head -1 /etc/passwd)

mkdir -p "$TMP/in/sub" "$TMP/out"
echo "SIBLING-TEXT" >"$TMP/in/sib.txt"
echo "SUBFOLDER-TEXT" >"$TMP/in/sub/deeper.txt"
ln -s /etc/passwd "$TMP/in/link-out.txt"
mkfifo "$TMP/in/fifo"
tei_with() { # body paragraphs
  cat <<XML
<?xml version="1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
<teiHeader><fileDesc><titleStmt><title>Includes</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body>$1</body></text></TEI>
XML
}
tei_with '<p>A <xi:include href="/etc/passwd" parse="text"><xi:fallback>FALLBACK-ABS</xi:fallback></xi:include></p>
<p>B <xi:include href="sib.txt" parse="text"/></p>
<p>C <xi:include href="sub/deeper.txt" parse="text"/></p>
<p>D <xi:include href="link-out.txt" parse="text"><xi:fallback>FALLBACK-LINK</xi:fallback></xi:include></p>
<p>E <xi:include href="fifo" parse="text"><xi:fallback>FALLBACK-FIFO</xi:fallback></xi:include></p>
<p>F <xi:include href="../../../../../../../../etc/passwd" parse="text"><xi:fallback>FALLBACK-DOTS</xi:fallback></xi:include></p>
<p>G <xi:include href="file:///proc/self/environ" parse="text"><xi:fallback>FALLBACK-PROC</xi:fallback></xi:include></p>' \
  >"$TMP/in/inc.xml"

rc=0
$T convert -t tei,html,text -o "$TMP/out" "$TMP/in/inc.xml" 2>"$TMP/err" || rc=$?
check "xinclude: converted (exit 0, got $rc)" test "$rc" -eq 0
for f in inc.tei.xml inc.html inc.txt; do
  check "xinclude: /etc/passwd not in $f" bash -c "! grep -qF '$SECRET' '$TMP/out/$f'"
  check "xinclude: /proc not read into $f" bash -c "! grep -q 'PATH=' '$TMP/out/$f'"
  check "xinclude: sibling file included in $f" grep -q "SIBLING-TEXT" "$TMP/out/$f"
  check "xinclude: file in a subfolder included in $f" grep -q "SUBFOLDER-TEXT" "$TMP/out/$f"
  for fb in ABS LINK FIFO DOTS PROC; do
    check "xinclude: fallback $fb used in $f" grep -q "FALLBACK-$fb" "$TMP/out/$f"
  done
done
check "xinclude: warning TC057 names /etc/passwd" \
  grep -q "warning\[TC057\]: read of /etc/passwd refused: outside the input's folder" "$TMP/err"
check "xinclude: warning TC057 for the link out" grep -q "TC057\]: read of .*link-out.txt refused" "$TMP/err"
check "xinclude: warning TC057 for the FIFO" grep -q "TC057\]: read of .*fifo refused: not a regular file" "$TMP/err"
check "xinclude: warning TC057 for /proc" grep -q "TC057\]: read of file:///proc/self/environ refused" "$TMP/err"
check "xinclude: hint names --allow-read" grep -q "hint: .*--allow-read DIR" "$TMP/err"

# An EAD input: none of its four outputs carries the file
cat >"$TMP/in/inc-ead.xml" <<'XML'
<?xml version="1.0"?>
<ead xmlns="urn:isbn:1-931666-22-9" xmlns:xi="http://www.w3.org/2001/XInclude">
<eadheader><eadid>x</eadid><filedesc><titlestmt><titleproper>Papers</titleproper></titlestmt></filedesc></eadheader>
<archdesc level="collection"><did><unittitle>Papers</unittitle>
<abstract><xi:include href="/etc/passwd" parse="text"><xi:fallback>EAD-FALLBACK</xi:fallback></xi:include></abstract></did></archdesc></ead>
XML
rc=0
$T convert -t all -o "$TMP/out" "$TMP/in/inc-ead.xml" 2>"$TMP/err-ead" || rc=$?
check "ead xinclude: converted (exit 0, got $rc)" test "$rc" -eq 0
n=0
for f in "$TMP"/out/inc-ead.*; do
  n=$((n + 1))
  check "ead xinclude: /etc/passwd not in $(basename "$f")" bash -c "! grep -qF '$SECRET' '$f'"
done
check "ead xinclude: four outputs written (got $n)" test "$n" -eq 4

# --allow-read /etc widens the rule: now the file is read (which shows the
# checks above would see it)
rc=0
$T convert --allow-read /etc -t text -o "$TMP/out-allow" "$TMP/in/inc.xml" 2>"$TMP/err-allow" || rc=$?
check "--allow-read /etc: exit 0 (got $rc)" test "$rc" -eq 0
check "--allow-read /etc: /etc/passwd included" grep -qF "$SECRET" "$TMP/out-allow/inc.txt"
check "--allow-read /etc: the FIFO still refused" grep -q "FALLBACK-FIFO" "$TMP/out-allow/inc.txt"
rc=0
$TEICONV convert --allow-read "$TMP/none" "$TMP/in/inc.xml" 2>"$TMP/err-bad" || rc=$?
check "--allow-read of no folder: usage error (got $rc)" test "$rc" -eq 2

# validate: the same rule
rc=0
$T validate "$TMP/in/inc.xml" >"$TMP/vout" 2>"$TMP/verr" || rc=$?
check "validate: refusal TC057 names /etc/passwd" grep -q "TC057\]: read of /etc/passwd refused" "$TMP/verr"
check "validate: FIFO refused, no hang" grep -q "TC057\]: read of .*fifo refused" "$TMP/verr"

# xml-model naming a FIFO, a schema outside the tree, a link out: no hang,
# refused, validated against the official schema instead
for href in fifo /etc/passwd link-out.txt; do
  { echo '<?xml version="1.0"?>'
    echo "<?xml-model href=\"$href\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>"
    tei_with '<p>x</p>' | tail -n +2; } >"$TMP/in/model.xml"
  rc=0
  $T validate "$TMP/in/model.xml" >"$TMP/vout" 2>"$TMP/verr" || rc=$?
  check "xml-model $href: no hang (got $rc)" test "$rc" -ne 124
  check "xml-model $href: refused (TC057)" grep -q "TC057\]: read of .*refused" "$TMP/verr"
  check "xml-model $href: official schema used" grep -q "TC305\]" "$TMP/verr"
  rc=0
  $T convert -o "$TMP/out" "$TMP/in/model.xml" 2>"$TMP/cerr" || rc=$?
  check "convert xml-model $href: exit 0 (got $rc)" test "$rc" -eq 0
done

# --xsl document() of a FIFO beside the stylesheet: refused, no hang
mkdir -p "$TMP/xsl"
mkfifo "$TMP/xsl/pipe.xml"
cat >"$TMP/xsl/fifo.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:template match="/">[<xsl:value-of select="document('pipe.xml')"/>]</xsl:template>
</xsl:stylesheet>
XSL
rc=0
$T convert --xsl "$TMP/xsl/fifo.xsl" -o "$TMP/out-xsl" "$TMP/in/inc.xml" 2>"$TMP/xerr" || rc=$?
check "--xsl document() of a FIFO: no hang, fails the input (got $rc)" test "$rc" -eq 1

# Walked folders: a link out of the tree is skipped with a note, a FIFO
# named like an input is skipped (no hang); --follow-links reads the link
mkdir -p "$TMP/walk"
cp "$SRC/tests/records/labelled-crlf-minimal.txt" "$TMP/walk/ok.txt"
ln -s /etc/passwd "$TMP/walk/passwd.txt"
ln -s ok.txt "$TMP/walk/inside.txt"
mkfifo "$TMP/walk/pipe.txt"
rc=0
$T convert -v -t text -o "$TMP/out-walk" "$TMP/walk" 2>"$TMP/werr" || rc=$?
check "walk: exit 0 (got $rc)" test "$rc" -eq 0
check "walk: link out skipped with a note" \
  grep -q "passwd.txt: note\[TC096\]: symbolic link leads outside the folder (to /etc/passwd): skipped" "$TMP/werr"
check "walk: FIFO skipped with a note" grep -q "pipe.txt: note\[TC096\]: not a regular file" "$TMP/werr"
check "walk: nothing made from /etc/passwd" test ! -e "$TMP/out-walk/passwd.txt"
check "walk: the regular file converted" test -s "$TMP/out-walk/ok.txt"
check "walk: a link inside the tree followed" test -s "$TMP/out-walk/inside.txt"
rc=0
$T convert -v --follow-links -t text -o "$TMP/out-walk2" "$TMP/walk" 2>"$TMP/werr2" || rc=$?
check "--follow-links: the link out is read (no TC096 for it)" bash -c "! grep -q 'passwd.txt: note\[TC096\]' '$TMP/werr2'"
check "--follow-links: tried as an input" grep -q "passwd.txt" "$TMP/werr2"

# An explicit FIFO argument without a writer: no hang (reads as empty)
rc=0
$T convert -o "$TMP/out" "$TMP/in/fifo" 2>"$TMP/ferr" || rc=$?
check "FIFO argument: no hang, fails (got $rc)" test "$rc" -eq 1

finish
