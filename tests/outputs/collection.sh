#!/usr/bin/env bash
# collection.sh: one finding aid for a batch (xsl/batch/collection2ead.xsl) and its
# index page (collection2html.xsl) from a teiCorpus of records, as the C
# side builds it: valid EAD, items sorted by date, collection dates spanning.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
want_reference
SAMPLE="$SRC/tests/outputs/sample-full.tei.xml"
mkdir -p "$TMP/in"
sed 's|<date when="1967-03-14">March 14, 1967</date>|<date from="1950-06" to="1950-07">June-July 1950</date>|;s|116543|200001|g;s|fn1|fn-b|g' \
  "$SAMPLE" >"$TMP/in/b-early.tei.xml"
sed 's|<date when="1967-03-14">March 14, 1967</date>|<date>(undated)</date>|;s|116543|200002|g;s|fn1|fn-a|g' \
  "$SAMPLE" >"$TMP/in/a-undated.tei.xml"
cp "$SAMPLE" "$TMP/in/c-sample.tei.xml"
"$TEICONV" convert -q --force -t tei -o "$TMP/in" "$SRC/examples/wilson-111189.txt"

# The wrapper: each record's TEI element with @n = its output stem
{
  echo '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">'
  for f in "$TMP"/in/*.tei.xml; do
    stem=$(basename "$f" .tei.xml)
    sed -e '/^<?xml/d' -e '/^<!--/,/-->$/d' \
        -e "s|<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">|<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" n=\"$stem\">|" "$f"
  done
  echo '</teiCorpus>'
} >"$TMP/corpus.xml"
check "wrapper well-formed" xmllint --noout "$TMP/corpus.xml"

C="$TMP/collection.ead.xml"
xsltproc --nonet --stringparam collection-title "Korea, 1950-1967" --stringparam collection-id "nkidp-1" \
  "$SRC/xsl/batch/collection2ead.xsl" "$TMP/corpus.xml" >"$C"
ref_check "collection EAD valid against ead.xsd" ead_xsd_ok "$C"
same "archdesc level" "$(xp "$C" "string(/ead:ead/ead:archdesc/@level)")" "collection"
same "title from the option" "$(xp "$C" "string(//ead:archdesc/ead:did/ead:unittitle)")" "Korea, 1950-1967"
same "identifier from the option" "$(xp "$C" "concat(//ead:eadid, ' ', //ead:archdesc/ead:did/ead:unitid)")" "nkidp-1 nkidp-1"
same "one item per record" "$(xp "$C" "count(//ead:dsc/ead:c[@level='item'])")" "4"
same "items sorted by date, undated last" \
  "$(xp "$C" "concat(//ead:c[1]/ead:did/ead:unitid, ' ', //ead:c[2]/ead:did/ead:unitid, ' ', //ead:c[3]/ead:did/ead:unitid, ' ', //ead:c[4]/ead:did/ead:unitid)")" \
  "200001 111189 116543 200002"
same "collection dates span the items" "$(xp "$C" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "1950-06/1967-03-14"
same "collection unitdate era/calendar" "$(xp "$C" "concat(//ead:archdesc/ead:did/ead:unitdate/@era, ' ', //ead:archdesc/ead:did/ead:unitdate/@calendar)")" "ce gregorian"
same "item dao links the record's page" "$(xp "$C" "string(//ead:c[2]/ead:did/ead:dao/@xlink:href)")" "wilson-111189.html"
same "item keeps its subjects" "$(xp "$C" "count(//ead:c[3]/ead:controlaccess/*[not(self::ead:head)])")" "7"

# defaults when no options are given
xsltproc --nonet "$SRC/xsl/batch/collection2ead.xsl" "$TMP/corpus.xml" >"$TMP/default.ead.xml"
ref_check "default collection EAD valid" ead_xsd_ok "$TMP/default.ead.xml"
same "default title" "$(xp "$TMP/default.ead.xml" "string(//ead:titleproper)")" "Collection of 4 records"

# index.html: the records by date, linked
I="$TMP/index.html"
xsltproc --nonet --stringparam collection-title "Korea, 1950-1967" "$SRC/xsl/batch/collection2html.xsl" "$TMP/corpus.xml" >"$I"
same "index h1" "$(xph "$I" "normalize-space(//h1)")" "Korea, 1950-1967"
same "index links in date order" \
  "$(xph "$I" "concat(//ul[@class='records']/li[1]/a/@href, ' ', //ul[@class='records']/li[2]/a/@href, ' ', //ul[@class='records']/li[4]/a/@href)")" \
  "b-early.html wilson-111189.html a-undated.html"
same "index lang" "$(xph "$I" "string(/html/@lang)")" "en"
finish
