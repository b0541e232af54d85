#!/usr/bin/env bash
# name_kinds.sh: a name is a person or an organisation once, decided in C
# when the record is read and carried in the TEI (author/persName|orgName);
# the EAD 2002 and EAD3 then use that kind in origination and in
# controlaccess alike (no stylesheet guesses again).
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
BASE="$SRC/tests/records/main-all-labels.txt"
NAMES=("Presidium of the Supreme Soviet" "Mao, Zedong" "Politburo" "Kim Il Sung"
       "Hungarian Embassy in Pyongyang" "Gromyko, Andrei Andreevich" "Stasi"
       "Polish United Workers Party" "Ulbricht, Walter" "Central Intelligence Agency"
       "Japan. Foreign Ministry" "Margaret K. Gnoinska" "Ministry of Foreign Affairs, USSR"
       "Zhou Enlai" "Archives nationales" "the national ARCHIVES" "Bankov, Ivan")
check "base record has the author block" grep -qx "Kozlov, Ivan Petrovich" "$BASE"
mkdir -p "$TMP/in"
i=0
for n in "${NAMES[@]}"; do
  i=$((i + 1))
  # the name as the only author and as an associated person or organisation
  awk -v n="$n" '
    $0 == "Foreign Ministry" { next }
    $0 == "Kozlov, Ivan Petrovich" { print n; next }
    $0 == "Zhou, Enlai, 1898-1976" { print n; next }
    { print }' "$BASE" >"$TMP/in/name$i.txt"
done
"$TEICONV" convert -q -t tei,ead,ead3 -o "$TMP/o" "$TMP"/in/*.txt
i=0
for n in "${NAMES[@]}"; do
  i=$((i + 1))
  o="$TMP/o/name$i"
  tei=$(xp "$o.tei.xml" 'local-name(//tei:titleStmt/tei:author/*)')
  check "$n: TEI author carries the kind ($tei)" test "$tei" = persName -o "$tei" = orgName
  want=persname; [ "$tei" = orgName ] && want=corpname
  same "$n: EAD origination" "$(xp "$o.ead.xml" 'local-name(//ead:archdesc/ead:did/ead:origination/*)')" "$want"
  same "$n: EAD controlaccess" "$(xp "$o.ead.xml" "local-name(//ead:controlaccess/*[normalize-space() = \"$n\"])")" "$want"
  same "$n: EAD3 origination" "$(xp "$o.ead3.xml" 'local-name(//ead3:archdesc/ead3:did/ead3:origination/*)')" "$want"
  same "$n: EAD3 controlaccess" "$(xp "$o.ead3.xml" "local-name(//ead3:controlaccess/*[normalize-space() = \"$n\"])")" "$want"
done
# The stylesheets' own guess for a bare name (TEI from other producers,
# xsl/lib/name-kind.xsl) is the C decision, on the one word list
# (data/org-words.txt), under xsltproc (org-words.xsl read with document())
# and under teiconv (the word list looked up in C, tc:org-word).
{
  cat <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:include href="$SRC/xsl/lib/name-kind.xsl"/>
  <xsl:output method="text"/>
  <xsl:variable name="names">
XSL
  for n in "${NAMES[@]}"; do printf '<n>%s</n>\n' "$n"; done
  cat <<XSL
  </xsl:variable>
  <xsl:template match="/">
    <xsl:for-each select="exsl:node-set(\$names)/n">
      <xsl:call-template name="tc-name-guess-kind"><xsl:with-param name="name" select="."/></xsl:call-template>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
XSL
} >"$TMP/kind.xsl"
xsltproc --nonet "$TMP/kind.xsl" "$TMP/kind.xsl" >"$TMP/xsl-kinds"
"$TEICONV" convert -q -t tei --xsl "$TMP/kind.xsl" -o "$TMP/kc" "$TMP/in/name1.txt"
check "the stylesheets' guess: teiconv (C word list) as xsltproc" cmp "$TMP/xsl-kinds" "$TMP/kc/name1.kind.txt"
same "the stylesheets' guess: one line per name" "$(wc -l <"$TMP/xsl-kinds")" "${#NAMES[@]}"
i=0
while IFS= read -r got; do
  i=$((i + 1))
  tei=$(xp "$TMP/o/name$i.tei.xml" 'local-name(//tei:titleStmt/tei:author/*)')
  want=persname; [ "$tei" = orgName ] && want=corpname
  same "${NAMES[$((i - 1))]}: the stylesheets guess as C decides" "$got" "$want"
done <"$TMP/xsl-kinds"
same "Japan. Foreign Ministry is an organisation" "$(xp "$TMP/o/name11.tei.xml" 'local-name(//tei:titleStmt/tei:author/*)')" orgName
same "Margaret K. Gnoinska is a person" "$(xp "$TMP/o/name12.tei.xml" 'local-name(//tei:titleStmt/tei:author/*)')" persName
same "Presidium is an organisation" "$(xp "$TMP/o/name1.tei.xml" 'local-name(//tei:titleStmt/tei:author/*)')" orgName
same "Mao is a person" "$(xp "$TMP/o/name2.tei.xml" 'local-name(//tei:titleStmt/tei:author/*)')" persName
finish
