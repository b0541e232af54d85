<?xml version="1.0" encoding="UTF-8"?>
<!-- lang.xsl: language lookups of every stylesheet, on the one table
     (lang-table.xsl, generated from data/languages.tsv, which the C code
     reads too): BCP 47 tag to ISO 639-2/B code, tag or code to its name. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:tc="urn:x-teiconv:internal"
    exclude-result-prefixes="exsl tc">
  <xsl:include href="lang-table.xsl"/>

  <xsl:variable name="tc-langs" select="exsl:node-set($tc-lang-rows)/tc:l"/>
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

  <!-- ISO 639-2/B code of a BCP 47 tag: from the table by its primary
       subtag; a three-letter subtag the table does not know is taken as it
       is (BCP 47 uses ISO 639-2/T or -3 codes there); empty otherwise. -->
  <xsl:template name="tc-iso639b">
    <xsl:param name="tag"/>
    <xsl:variable name="p">
      <xsl:call-template name="tc-primary-subtag"><xsl:with-param name="tag" select="$tag"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$tc-langs[@b = $p]"><xsl:value-of select="$tc-langs[@b = $p][1]/@i"/></xsl:when>
      <xsl:when test="string-length($p) = 3 and translate($p, $tc-lower, '') = ''"><xsl:value-of select="$p"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- English name of a BCP 47 tag or an ISO 639-2/B code (the first row
       that has it); the value itself when the table does not know it. -->
  <xsl:template name="tc-lang-name">
    <xsl:param name="tag"/>
    <xsl:variable name="p">
      <xsl:call-template name="tc-primary-subtag"><xsl:with-param name="tag" select="$tag"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$tc-langs[@b = $p]"><xsl:value-of select="$tc-langs[@b = $p][1]/@n"/></xsl:when>
      <xsl:when test="$tc-langs[@i = $p]"><xsl:value-of select="$tc-langs[@i = $p][1]/@n"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$tag"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A language tag as BCP 47 wants it in HTML's lang: a three-letter
       primary subtag that is the ISO 639-2 (B or T) code of a language with
       a two-letter tag becomes that tag ("deu" -> "de", "fra-CA" -> "fr-CA");
       anything else as it is (whitespace trimmed). -->
  <xsl:template name="tc-bcp47">
    <xsl:param name="tag"/>
    <xsl:variable name="t" select="normalize-space($tag)"/>
    <xsl:variable name="p">
      <xsl:call-template name="tc-primary-subtag"><xsl:with-param name="tag" select="$t"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="row" select="$tc-langs[(@i = $p or @t = $p) and string-length(@b) = 2][1]"/>
    <xsl:choose>
      <xsl:when test="string-length($p) = 3 and $row">
        <xsl:value-of select="$row/@b"/>
        <xsl:if test="contains($t, '-')"><xsl:value-of select="concat('-', substring-after($t, '-'))"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
