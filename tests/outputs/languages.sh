#!/usr/bin/env bash
# languages.sh: one record per row of data/languages.tsv (the one language
# table): its Language value gives the row's BCP 47 tag in the TEI
# (textLang/@mainLang) and in DC, and the row's ISO 639-2/B code in the
# EAD 2002 and EAD3 langmaterial (@langcode), named in words.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
TSV="$SRC/data/languages.tsv"
BASE="$SRC/tests/records/classification-copy.txt"
check "base record has Language: Russian" grep -qx "Russian" "$BASE"

mkdir -p "$TMP/in"
n=0
while IFS=$'\t' read -r name tag iso tcode; do
  case $name in '#'*|'') continue ;; esac
  n=$((n + 1))
  sed "s/^Russian\$/$name/" "$BASE" >"$TMP/in/lang$n.txt"
  printf '%s\t%s\t%s\t%s\n' "$n" "$name" "$tag" "$iso" >>"$TMP/rows"
  [ -z "$tcode" ] || printf '%s\t%s\n' "$tcode" "$tag" >>"$TMP/tcodes"
done <"$TSV"
check "the table knows the T codes that differ ($(wc -l <"$TMP/tcodes"))" test "$(wc -l <"$TMP/tcodes")" -ge 19
check "the table has its rows ($n)" test "$n" -ge 120

"$TEICONV" convert -q -t tei,ead,ead3,dc -o "$TMP/o" "$TMP"/in/*.txt
while IFS=$'\t' read -r i name tag iso; do
  o="$TMP/o/lang$i"
  same "$name: TEI mainLang" "$(xp "$o.tei.xml" 'string(//tei:sourceDesc//tei:textLang/@mainLang)')" "$tag"
  same "$name: EAD langcode" "$(xp "$o.ead.xml" 'string(//ead:archdesc/ead:did/ead:langmaterial/ead:language/@langcode)')" "$iso"
  same "$name: EAD3 langcode" "$(xp "$o.ead3.xml" 'string(//ead3:archdesc/ead3:did/ead3:langmaterial//ead3:language/@langcode)')" "$iso"
  same "$name: DC language" "$(xp "$o.dc.xml" "count(//dc:language[. = '$tag'])")" 1
  word=$(xp "$o.ead.xml" 'string(//ead:archdesc/ead:did/ead:langmaterial/ead:language)')
  check "$name: EAD names the language in words ('$word')" test -n "$word" -a "$word" != "$tag" -a "$word" != "$iso"
done <"$TMP/rows"
# HTML's lang is BCP 47: TEI from other producers often says "deu" (ISO
# 639-2/T) or "ger" (B) where BCP 47 has "de"; a region subtag stays, and a
# three-letter code without a two-letter tag is kept as it is.
mkdir -p "$TMP/lt"
for code in deu ger fra-CA grc und $(cut -f1 "$TMP/tcodes"); do
  printf '%s\n' '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>' \
    '<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>' \
    "<profileDesc><langUsage><language ident=\"$code\">L</language></langUsage></profileDesc></teiHeader>" \
    '<text><body><p>Words.</p></body></text></TEI>' >"$TMP/lt/l-$code.xml"
done
rc=0; "$TEICONV" convert -q -t html -o "$TMP/lth" "$TMP"/lt/*.xml || rc=$?
check "TEI with ISO 639-2 languages to HTML: exit 0" test "$rc" -eq 0
html_lang() { sed -n 's/.*<html[^>]* lang="\([^"]*\)".*/\1/p' "$TMP/lth/l-$1.html" | head -1; }
same "deu: html lang" "$(html_lang deu)" de
same "ger: html lang" "$(html_lang ger)" de
same "fra-CA: html lang" "$(html_lang fra-CA)" fr-CA
same "grc (no two-letter tag): html lang" "$(html_lang grc)" grc
same "und: html lang" "$(html_lang und)" und
while IFS=$'\t' read -r tcode tag; do
  same "$tcode: html lang" "$(html_lang "$tcode")" "$tag"
done <"$TMP/tcodes"
# The stylesheets' look-ups answer alike under teiconv (in C:
# src/lib/xslt/lang_words.c) and under xsltproc (lang-table.xsl read with
# document()): every tag and code of the table, in other cases and with
# subtags, and values it does not know.
codes=$(awk -F'\t' '!/^#/ && NF { print $2; print $3; if ($4 != "") print $4 }' "$TSV" | sort -u)
{
  printf '%s\n' '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"' \
    ' xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">' \
    "<xsl:include href=\"$SRC/xsl/lib/lang.xsl\"/>" \
    '<xsl:output method="text"/><xsl:variable name="codes">'
  for c in $codes; do
    up=$(printf '%s' "$c" | tr a-z A-Z)
    printf '<c>%s</c><c> %s-Latn-x </c><c>%s</c>\n' "$c" "$up" "$up"
  done
  printf '%s\n' '<c/><c>xyz</c><c>Russian</c><c>fra-CA</c><c>-de</c>' '</xsl:variable>' \
    '<xsl:template match="/"><xsl:for-each select="exsl:node-set($codes)/c">' \
    "<xsl:value-of select=\"concat(position(), ' [', ., ']')\"/>" \
    '<xsl:text> iso=</xsl:text><xsl:call-template name="tc-iso639b"><xsl:with-param name="tag" select="."/></xsl:call-template>' \
    '<xsl:text> name=</xsl:text><xsl:call-template name="tc-lang-name"><xsl:with-param name="tag" select="."/></xsl:call-template>' \
    '<xsl:text> bcp47=</xsl:text><xsl:call-template name="tc-bcp47"><xsl:with-param name="tag" select="."/></xsl:call-template>' \
    '<xsl:text>&#10;</xsl:text></xsl:for-each></xsl:template></xsl:stylesheet>'
} >"$TMP/langs.xsl"
xsltproc --nonet "$TMP/langs.xsl" "$TMP/langs.xsl" >"$TMP/langs-portable.txt"
"$TEICONV" convert -q -t tei --xsl "$TMP/langs.xsl" -o "$TMP/lc" "$BASE"
ncodes=$(( $(printf '%s\n' $codes | wc -l) * 3 + 5 ))
same "look-ups under xsltproc: a line per value" "$(wc -l <"$TMP/langs-portable.txt")" "$ncodes"
check "look-ups under xsltproc: the table answers (German)" grep -q '\[ger\] iso=ger name=German bcp47=de$' "$TMP/langs-portable.txt"
check "look-ups: teiconv (C) answers as xsltproc does" cmp "$TMP/langs-portable.txt" "$TMP/lc/classification-copy.langs.txt"
want_reference
ref_check "tillich-briefe-L00002 (language deu): html lang de" \
  sh -c '"$0" convert -q -t html -o "$1" "$2" && grep -q "<html[^>]* lang=\"de\"" "$1"/tillich-briefe-L00002.html' \
  "$TEICONV" "$TMP/tl" "$REF/corpus/tei-more/tillich-briefe-L00002.xml"
finish
