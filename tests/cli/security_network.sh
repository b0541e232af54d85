#!/usr/bin/env bash
# security_network.sh: teiconv never opens a network connection: a DOCTYPE,
# an <?xml-model?>, an XInclude, a --schema URL and an XSD import all name a
# listener on 127.0.0.1, which counts every connection it is offered. It
# must count none, and conversion must still produce every output.
. "$(dirname "$0")/lib.bash"

start_listener
P=$PORT
U="http://127.0.0.1:$P"

cat >"$TMP/net.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE TEI SYSTEM "$U/tei.dtd">
<?xml-model href="$U/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
<teiHeader><fileDesc><titleStmt><title>Network bait</title></titleStmt>
<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>The body stays.</p><xi:include href="$U/part.xml"/></body></text></TEI>
XML
cat >"$TMP/ead.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE ead PUBLIC "+//ISBN 1-931666-00-8//DTD ead.dtd (Encoded Archival Description (EAD) Version 2002)//EN" "$U/ead.dtd">
<ead><eadheader><eadid>bait</eadid><filedesc><titlestmt><titleproper>Bait</titleproper></titlestmt></filedesc></eadheader>
<archdesc level="collection"><did><unittitle>Bait</unittitle></did></archdesc></ead>
XML
cat >"$TMP/import.xsd" <<XML
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="urn:bait" schemaLocation="$U/other.xsd"/>
  <xs:element name="ead"/>
</xs:schema>
XML

# without the official schemas (no catalog) every output is written
rc=0; env -u XML_CATALOG_FILES "$TEICONV" convert -q --force -t all -o "$TMP/out" "$TMP/net.xml" "$TMP/ead.xml" 2>"$TMP/err" || rc=$?
check "convert: exit 0" test "$rc" -eq 0
check "convert: TEI and EAD with network references convert" test -s "$TMP/out/net.html" -a -s "$TMP/out/ead.ead3.xml"
check "convert: the body is kept" grep -q "The body stays" "$TMP/out/net.txt"
# with them, the TEI copy of net.xml (its unresolved xi:include is not TEI)
# fails tei_all.rng: refused by the output gate (TC060, exit 1), the other
# outputs written, and still no connection
want_reference
if [ "$HAVE_REF" = 1 ]; then
  rc=0; XML_CATALOG_FILES="$REF/reference/schemas/catalog.xml" "$TEICONV" convert -q --force -t all -o "$TMP/cat" "$TMP/net.xml" "$TMP/ead.xml" 2>"$TMP/err.cat" || rc=$?
  check "convert with the official schemas: exit 1 (the TEI copy refused)" test "$rc" -eq 1
  same "convert with the official schemas: only the TEI copy refused" \
    "$(grep -o 'error\[TC060\]: [a-z0-9]* output refused' "$TMP/err.cat" | sort | tr '\n' ' ')" "error[TC060]: tei output refused "
  check "convert with the official schemas: no net.tei.xml written" test ! -e "$TMP/cat/net.tei.xml"
  check "convert with the official schemas: the others written" test -s "$TMP/cat/net.html" -a -s "$TMP/cat/net.ead3.xml" -a -s "$TMP/cat/ead.ead3.xml"
else
  not_run "convert with the official schemas" "$REF_WHY"
fi
rc=0; env -u XML_CATALOG_FILES "$TEICONV" validate "$TMP/net.xml" "$TMP/ead.xml" >/dev/null 2>"$TMP/err2" || rc=$?
check "validate: fails without the schemas (exit $rc)" test "$rc" -ne 0
check "validate: says the schema is not available locally" grep -q "not available locally" "$TMP/err2"
rc=0; "$TEICONV" validate --schema "$U/x.rng" "$TMP/net.xml" >/dev/null 2>&1 || rc=$?
check "validate --schema URL: refused (exit $rc)" test "$rc" -ne 0
rc=0; "$TEICONV" validate --schema "$TMP/import.xsd" "$TMP/ead.xml" >/dev/null 2>&1 || rc=$?
check "validate --schema with a network import: fails (exit $rc)" test "$rc" -ne 0
sleep 0.2
check "no connection was made (got $(wc -l <"$HITS"))" test ! -s "$HITS"
finish
