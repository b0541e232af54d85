<?xml version="1.0" encoding="UTF-8"?>
<!-- common-tei.xsl: helpers every output stylesheet includes: language codes
     (BCP 47 to ISO 639-2/B), ISO date forms of a TEI date, record fields. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    xmlns:tc="urn:x-teiconv:internal"
    exclude-result-prefixes="tei exsl tc">

  <xsl:include href="lang.xsl"/>

  <!-- The scheme of Library of Congress subject headings, as the C code
       writes it on keywords/@scheme (LCSH_SCHEME, src/lib/tei/tei_build.c):
       the one copy every output stylesheet reads. -->
  <xsl:variable name="tc-lcsh" select="'http://id.loc.gov/authorities/subjects'"/>

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
