<?xml version="1.0" encoding="UTF-8"?>
<!-- lang.xsl: language lookups of every stylesheet, on the one table
     (data/languages.tsv, which the C code reads too): BCP 47 tag to ISO
     639-2/B code, tag or code to its name. Under teiconv the rows are found
     in C (tc:lang-iso, tc:lang-name, tc:lang-tag2: src/lib/xslt/lang_words.c);
     other processors read them from lang-table.xsl (generated from the same
     file) with document(), only when a template needs them: a table held in
     a global variable is built again for every transformation. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tc="urn:x-teiconv:internal"
    exclude-result-prefixes="tc">
  <xsl:variable name="tc-lang-c" select="function-available('tc:lang-iso')"/>
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
    <!-- every row has its code: empty when no row has the tag -->
    <xsl:variable name="i">
      <xsl:choose>
        <xsl:when test="$tc-lang-c"><xsl:value-of select="tc:lang-iso(string($p))"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="document('lang-table.xsl')/*/tc:langs/tc:l[@b = $p][1]/@i"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$i != ''"><xsl:value-of select="$i"/></xsl:when>
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
    <!-- every row has its name: empty when no row has the code -->
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="$tc-lang-c"><xsl:value-of select="tc:lang-name(string($p))"/></xsl:when>
        <xsl:otherwise>
          <xsl:variable name="rows" select="document('lang-table.xsl')/*/tc:langs/tc:l"/>
          <xsl:choose>
            <xsl:when test="$rows[@b = $p]"><xsl:value-of select="$rows[@b = $p][1]/@n"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$rows[@i = $p][1]/@n"/></xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$n != ''"><xsl:value-of select="$n"/></xsl:when>
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
    <xsl:variable name="b">
      <xsl:if test="string-length($p) = 3">
        <xsl:choose>
          <xsl:when test="$tc-lang-c"><xsl:value-of select="tc:lang-tag2(string($p))"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="document('lang-table.xsl')/*/tc:langs/tc:l[(@i = $p or @t = $p) and string-length(@b) = 2][1]/@b"/></xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$b != ''">
        <xsl:value-of select="$b"/>
        <xsl:if test="contains($t, '-')"><xsl:value-of select="concat('-', substring-after($t, '-'))"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
