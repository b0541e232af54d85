#!/usr/bin/env bash
# xmlin_detect.sh: what kind of XML an input is (BOM, CRLF, no declaration,
# no namespace, DOCTYPE never loaded), and input validation: warnings by
# default, refusal with --strict, a note when no schema is at hand.
. "$(dirname "$0")/lib.bash"
need_reference
if [ ! -f "$SRC/xsl/record/tei2ead.xsl" ]; then echo "SKIP: xsl/record/tei2ead.xsl not there yet" >&2; exit 77; fi
CAT="$REF/reference/schemas/catalog.xml"
E3RNG="$REF/reference/schemas/ead3/ead3.rng"

# A foreign TEI with a BOM, CRLF line ends, no XML declaration and an
# xml-model PI naming a schema nobody has
printf '\xef\xbb\xbf<?xml-model href="nowhere/custom.rng" type="application/xml"?>\r\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="letter1"><teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt><publicationStmt><p>unpublished</p></publicationStmt><sourceDesc><p>private papers</p></sourceDesc></fileDesc></teiHeader>\r\n<text><body><div type="document" xml:id="doc1"><head>To A. B.</head><dateline><date when="1901-03-04">4 March 1901</date></dateline><p>Dear A.,</p></div></body></text></TEI>\r\n' >"$TMP/letter.xml"
rc=0; "$TEICONV" convert -t ead,ead3,html,text -o "$TMP/o" "$TMP/letter.xml" 2>"$TMP/err" || rc=$?
check "BOM + CRLF + no declaration TEI: exit 0" test "$rc" -eq 0
check "  EAD 2002 valid" ead_xsd_ok "$TMP/o/letter.ead.xml"
check "  EAD3 valid" jing_ok "$E3RNG" "$TMP/o/letter.ead3.xml"
check "  one item, dated" grep -q '<unitdate normal="1901-03-04" era="ce" calendar="gregorian">4 March 1901' "$TMP/o/letter.ead.xml"
check "  HTML anchor from xml:id" grep -q 'id="doc1"' "$TMP/o/letter.html"

# FRUS's own date attributes come first, cut to dates, a range when they differ
cat >"$TMP/frusdates.xml" <<'XML'
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"><teiHeader><fileDesc><titleStmt><title type="complete">A small volume</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="ch1"><head>Chapter one</head>
<div type="document" xml:id="d1" n="1" frus:doc-dateTime-min="1934-02-20T18:00:00-05:00" frus:doc-dateTime-max="1934-02-21T09:00:00-05:00"><head>Telegram</head><dateline><date when="1999-01-01">wrong on purpose</date></dateline><p>Text of the telegram, long enough to be the opening paragraph here.</p></div>
<div type="document" xml:id="d2" n="2" frus:doc-dateTime-min="1934-03-01T00:00:00" frus:doc-dateTime-max="1934-03-01T23:59:59"><head>Memorandum</head><p>Another text.</p></div>
</div></body></text></TEI>
XML
rc=0; "$TEICONV" convert -q -t ead,ead3 -o "$TMP/o" "$TMP/frusdates.xml" || rc=$?
check "frus dates: exit 0" test "$rc" -eq 0
check "frus:doc-dateTime-min/max to a range" grep -q '<unitdate normal="1934-02-20/1934-02-21"' "$TMP/o/frusdates.ead.xml"
check "frus dates on one day: a single date" grep -q '<unitdate normal="1934-03-01"' "$TMP/o/frusdates.ead.xml"
check "collection span from the items" grep -q '<unitdate normal="1934-02-20/1934-03-01"' "$TMP/o/frusdates.ead.xml"
check "chapter as series holding 2 items" test "$(grep -c '<c level="item"' "$TMP/o/frusdates.ead.xml")" -eq 2
check "frus dates EAD valid" ead_xsd_ok "$TMP/o/frusdates.ead.xml"
check "frus dates EAD3 daterange" grep -q '<fromdate standarddate="1934-02-20">' "$TMP/o/frusdates.ead3.xml"
check "frus dates EAD3 valid" jing_ok "$E3RNG" "$TMP/o/frusdates.ead3.xml"

# EAD3 without a namespace is recognised by its control element
cat >"$TMP/bare3.xml" <<'XML'
<ead><control><recordid>bare-1</recordid><filedesc><titlestmt><titleproper>Bare EAD3</titleproper></titlestmt></filedesc><maintenancestatus value="new"/><maintenanceagency><agencyname>Test</agencyname></maintenanceagency><maintenancehistory><maintenanceevent><eventtype value="created"/><eventdatetime>2020</eventdatetime><agenttype value="human"/><agent>me</agent></maintenanceevent></maintenancehistory></control><archdesc level="collection"><did><unittitle>Bare EAD3</unittitle></did></archdesc></ead>
XML
rc=0; "$TEICONV" convert -v -t ead3,html -o "$TMP/o" "$TMP/bare3.xml" 2>"$TMP/err3" || rc=$?
check "no-namespace EAD3: exit 0" test "$rc" -eq 0
check "  noted as EAD3" grep -q 'read as EAD3 in http://ead3.archivists.org/schema/' "$TMP/err3"
# the whole TC052 note and its hint, as printed (the hint once showed a raw %s)
check "  TC052 golden" grep -qxF "$TMP/bare3.xml:1: note[TC052]: <ead> has no namespace: read as EAD3 in http://ead3.archivists.org/schema/" "$TMP/err3"
check "  TC052 hint golden" grep -qxF '  hint: declare xmlns="http://ead3.archivists.org/schema/" on the root to be explicit' "$TMP/err3"
check "  no format placeholder printed" bash -c "! grep -q '%[sdu]' '$TMP/err3'"
check "  namespaced output valid" jing_ok "$E3RNG" "$TMP/o/bare3.ead3.xml"

# A DOCTYPE is never loaded: an external entity stays unexpanded
printf '<?xml version="1.0"?>\n<!DOCTYPE ead [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<ead xmlns="urn:isbn:1-931666-22-9"><eadheader><eadid>x</eadid><filedesc><titlestmt><titleproper>T &x;</titleproper></titlestmt></filedesc></eadheader><archdesc level="collection"><did><unittitle>T</unittitle></did></archdesc></ead>\n' >"$TMP/xxe.xml"
"$TEICONV" convert -t html -o "$TMP/o" "$TMP/xxe.xml" 2>/dev/null
check "external entity: converted" test -s "$TMP/o/xxe.html"
check "external entity: /etc/passwd not read" bash -c "! grep -q 'root:' '$TMP/o/xxe.html'"

# Not TEI, not EAD: refused, with the root named
printf '<rss version="2.0"><channel/></rss>\n' >"$TMP/feed.xml"
rc=0; "$TEICONV" convert -t html -o "$TMP/o" "$TMP/feed.xml" 2>"$TMP/errf" || rc=$?
check "RSS: exit 1" test "$rc" -eq 1
check "RSS: says what it is" grep -q 'not a TEI or EAD document (root element <rss>' "$TMP/errf"

# Validation: without a schema at hand, a note; --strict refuses then
bulk="$REF/corpus/ead2002/columbia-has_bulk_range.xml"
good="$REF/corpus/ead2002/ehri-wegwijzer.xml"
rc=0; env -u XML_CATALOG_FILES "$TEICONV" convert -v -t ead3 -o "$TMP/n" "$good" 2>"$TMP/errn" || rc=$?
check "no catalog: converted" test "$rc" -eq 0
check "no catalog: note says not validated" grep -q 'note\[TC055\]: EAD 2002 input not validated' "$TMP/errn"
rc=0; env -u XML_CATALOG_FILES "$TEICONV" convert --strict -t ead3 -o "$TMP/n2" "$good" 2>/dev/null || rc=$?
check "no catalog + --strict: refused" test "$rc" -eq 1

# With the official schemas: an invalid input warns and converts ...
rc=0; XML_CATALOG_FILES="$CAT" "$TEICONV" convert -v -t ead3 -o "$TMP/v" "$bulk" 2>"$TMP/errv" || rc=$?
check "invalid EAD: converted (exit 0)" test "$rc" -eq 0
check "invalid EAD: schema problem as a warning with line" grep -q 'columbia-has_bulk_range.xml:71: warning\[TC313\]' "$TMP/errv"
check "invalid EAD: note says converted anyway" grep -q '1 schema error in this EAD 2002 input: converted anyway' "$TMP/errv"
check "invalid EAD: output still valid EAD3" jing_ok "$E3RNG" "$TMP/v/columbia-has_bulk_range.ead3.xml"
# ... and --strict refuses it, writing nothing; a valid one still converts
rc=0; XML_CATALOG_FILES="$CAT" "$TEICONV" convert --strict -t ead3 -o "$TMP/s" "$bulk" "$good" 2>"$TMP/errs" || rc=$?
check "--strict: exit 1" test "$rc" -eq 1
check "--strict: error with line" grep -q 'columbia-has_bulk_range.xml:71: error\[TC313\]' "$TMP/errs"
check "--strict: refusal said" grep -q 'refused: it fails its schema (--strict)' "$TMP/errs"
check "--strict: nothing written for the invalid input" test ! -e "$TMP/s/columbia-has_bulk_range.ead3.xml"
check "--strict: the valid input converted" test -s "$TMP/s/ehri-wegwijzer.ead3.xml"

finish
