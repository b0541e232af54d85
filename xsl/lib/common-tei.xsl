<?xml version="1.0" encoding="UTF-8"?>
<!-- common-tei.xsl: helpers every output stylesheet includes: language codes
     (BCP 47 to ISO 639-2/B), ISO date forms of a TEI date, record fields. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    xmlns:tc="urn:x-teiconv:internal"
    exclude-result-prefixes="tei exsl tc">

  <!-- The languages common in diplomatic archives; the same table as
       src/lang.c, so that the TEI and the EAD agree on every code. -->
  <xsl:variable name="tc-langs-rtf">
    <tc:l b="en" i="eng" n="English"/><tc:l b="ru" i="rus" n="Russian"/>
    <tc:l b="zh" i="chi" n="Chinese"/><tc:l b="de" i="ger" n="German"/>
    <tc:l b="fr" i="fre" n="French"/><tc:l b="es" i="spa" n="Spanish"/>
    <tc:l b="pt" i="por" n="Portuguese"/><tc:l b="it" i="ita" n="Italian"/>
    <tc:l b="ja" i="jpn" n="Japanese"/><tc:l b="ko" i="kor" n="Korean"/>
    <tc:l b="vi" i="vie" n="Vietnamese"/><tc:l b="pl" i="pol" n="Polish"/>
    <tc:l b="cs" i="cze" n="Czech"/><tc:l b="sk" i="slo" n="Slovak"/>
    <tc:l b="hu" i="hun" n="Hungarian"/><tc:l b="ro" i="rum" n="Romanian"/>
    <tc:l b="bg" i="bul" n="Bulgarian"/><tc:l b="sr" i="srp" n="Serbian"/>
    <tc:l b="hr" i="hrv" n="Croatian"/><tc:l b="sh" i="hbs" n="Serbo-Croatian"/>
    <tc:l b="sl" i="slv" n="Slovenian"/><tc:l b="mk" i="mac" n="Macedonian"/>
    <tc:l b="sq" i="alb" n="Albanian"/><tc:l b="el" i="gre" n="Greek"/>
    <tc:l b="tr" i="tur" n="Turkish"/><tc:l b="ar" i="ara" n="Arabic"/>
    <tc:l b="fa" i="per" n="Persian"/><tc:l b="he" i="heb" n="Hebrew"/>
    <tc:l b="hi" i="hin" n="Hindi"/><tc:l b="ur" i="urd" n="Urdu"/>
    <tc:l b="bn" i="ben" n="Bengali"/><tc:l b="mn" i="mon" n="Mongolian"/>
    <tc:l b="uk" i="ukr" n="Ukrainian"/><tc:l b="be" i="bel" n="Belarusian"/>
    <tc:l b="ka" i="geo" n="Georgian"/><tc:l b="hy" i="arm" n="Armenian"/>
    <tc:l b="az" i="aze" n="Azerbaijani"/><tc:l b="kk" i="kaz" n="Kazakh"/>
    <tc:l b="uz" i="uzb" n="Uzbek"/><tc:l b="et" i="est" n="Estonian"/>
    <tc:l b="lv" i="lav" n="Latvian"/><tc:l b="lt" i="lit" n="Lithuanian"/>
    <tc:l b="fi" i="fin" n="Finnish"/><tc:l b="sv" i="swe" n="Swedish"/>
    <tc:l b="no" i="nor" n="Norwegian"/><tc:l b="da" i="dan" n="Danish"/>
    <tc:l b="nl" i="dut" n="Dutch"/><tc:l b="id" i="ind" n="Indonesian"/>
    <tc:l b="ms" i="may" n="Malay"/><tc:l b="th" i="tha" n="Thai"/>
    <tc:l b="km" i="khm" n="Khmer"/><tc:l b="lo" i="lao" n="Lao"/>
    <tc:l b="my" i="bur" n="Burmese"/><tc:l b="tl" i="tgl" n="Tagalog"/>
    <tc:l b="sw" i="swa" n="Swahili"/><tc:l b="am" i="amh" n="Amharic"/>
    <tc:l b="af" i="afr" n="Afrikaans"/><tc:l b="la" i="lat" n="Latin"/>
    <tc:l b="yi" i="yid" n="Yiddish"/><tc:l b="ps" i="pus" n="Pashto"/>
    <tc:l b="ta" i="tam" n="Tamil"/><tc:l b="is" i="ice" n="Icelandic"/>
    <tc:l b="ga" i="gle" n="Irish"/><tc:l b="ca" i="cat" n="Catalan"/>
    <tc:l b="eo" i="epo" n="Esperanto"/>
  </xsl:variable>
  <xsl:variable name="tc-langs" select="exsl:node-set($tc-langs-rtf)/tc:l"/>

  <xsl:variable name="tc-lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="tc-upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>

  <!-- The primary subtag of a BCP 47 tag, lower case ("zh-Hans" -> "zh"). -->
  <xsl:template name="tc-primary-subtag">
    <xsl:param name="tag"/>
    <xsl:variable name="t" select="translate(normalize-space($tag), $tc-upper, $tc-lower)"/>
    <xsl:choose>
      <xsl:when test="contains($t, '-')"><xsl:value-of select="substring-before($t, '-')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ISO 639-2/B code of a BCP 47 tag; a three-letter tag is taken as it
       is (BCP 47 uses ISO 639-2/T or -3 codes there); empty when unknown. -->
  <xsl:template name="tc-iso639b">
    <xsl:param name="tag"/>
    <xsl:variable name="p">
      <xsl:call-template name="tc-primary-subtag"><xsl:with-param name="tag" select="$tag"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$tc-langs[@b = $p]"><xsl:value-of select="$tc-langs[@b = $p][1]/@i"/></xsl:when>
      <xsl:when test="string-length($p) = 3"><xsl:value-of select="$p"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- English name of a BCP 47 tag; the tag itself when unknown. -->
  <xsl:template name="tc-lang-name">
    <xsl:param name="tag"/>
    <xsl:variable name="p">
      <xsl:call-template name="tc-primary-subtag"><xsl:with-param name="tag" select="$tag"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$tc-langs[@b = $p]"><xsl:value-of select="$tc-langs[@b = $p][1]/@n"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$tag"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The record's languages as space-separated BCP 47 tags, main first. -->
  <xsl:template name="tc-record-langs">
    <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:textLang[1]">
      <xsl:value-of select="normalize-space(concat(@mainLang, ' ', @otherLangs))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The date part of an ISO value: "1967-01-20T10:30" -> "1967-01-20". -->
  <xsl:template name="tc-iso-day">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="contains($v, 'T')"><xsl:value-of select="substring-before($v, 'T')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($v)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- First and last ISO day a TEI date covers ("" when unknown). -->
  <xsl:template name="tc-date-start">
    <xsl:param name="d" select="."/>
    <xsl:call-template name="tc-iso-day">
      <xsl:with-param name="v" select="($d/@when | $d/@from | $d/@notBefore)[1]"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template name="tc-date-end">
    <xsl:param name="d" select="."/>
    <xsl:call-template name="tc-iso-day">
      <xsl:with-param name="v" select="($d/@when | $d/@to | $d/@notAfter)[1]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The EAD @normal of a TEI date: "1967-01-20" or "1967-01/1967-03";
       empty when the TEI gives no ISO form or only one end of a range
       (EAD 2002 has no open range, and we never invent precision). -->
  <xsl:template name="tc-date-normal">
    <xsl:param name="d" select="."/>
    <xsl:variable name="s"><xsl:call-template name="tc-date-start"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:variable>
    <xsl:variable name="e"><xsl:call-template name="tc-date-end"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$s = '' or $e = ''"/>
      <xsl:when test="$s = $e"><xsl:value-of select="$s"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($s, '/', $e)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A sort key for a TEI date: its first ISO day, or 9999 when unknown,
       so that undated records come last. -->
  <xsl:template name="tc-date-sortkey">
    <xsl:param name="d" select="."/>
    <xsl:variable name="s"><xsl:call-template name="tc-date-start"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$s = ''">9999</xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The heading of a note of notesStmt (context): "documentType" ->
       "Document type"; "Note" when untyped. -->
  <xsl:template name="tc-note-label">
    <xsl:choose>
      <xsl:when test="@type = 'documentType'">Document type</xsl:when>
      <xsl:when test="@type = 'collection'">Collection</xsl:when>
      <xsl:when test="@type"><xsl:value-of select="concat(translate(substring(@type, 1, 1), $tc-lower, $tc-upper), substring(@type, 2))"/></xsl:when>
      <xsl:otherwise>Note</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The words of a respStmt: "translated by (for NKIDP): Balázs Szalontai". -->
  <xsl:template name="tc-resp-line">
    <xsl:param name="r" select="."/>
    <xsl:value-of select="normalize-space($r/tei:resp)"/>
    <xsl:text>: </xsl:text>
    <xsl:for-each select="$r/tei:persName | $r/tei:name | $r/tei:orgName">
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
