<?xml version="1.0" encoding="UTF-8"?>
<!-- catalogue-md.xsl: a user's own stylesheet for the tests of xsl option: one TEI
     record as a Markdown catalogue entry (title, date, identifiers,
     languages, summary, first paragraph). The parameters collection and
     cataloguer name the entry's collection and its author; record-stem is
     teiconv's output stem. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="collection" select="'(no collection)'"/>
  <xsl:param name="cataloguer" select="'anonymous'"/>
  <xsl:param name="record-stem" select="''"/>

  <xsl:variable name="h" select="/tei:TEI/tei:teiHeader"/>

  <xsl:template match="/">
    <xsl:text># </xsl:text>
    <xsl:value-of select="normalize-space(($h/tei:fileDesc/tei:titleStmt/tei:title[@type='main'] | $h/tei:fileDesc/tei:titleStmt/tei:title)[1])"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="'Collection'"/>
      <xsl:with-param name="value" select="$collection"/>
    </xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="'File'"/>
      <xsl:with-param name="value" select="$record-stem"/>
    </xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="'Date'"/>
      <xsl:with-param name="value" select="($h/tei:profileDesc/tei:creation/tei:date/@when | $h/tei:profileDesc/tei:creation/tei:date)[1]"/>
    </xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="'Record'"/>
      <xsl:with-param name="value" select="$h/tei:fileDesc/tei:publicationStmt/tei:idno[@type='record']"/>
    </xsl:call-template>
    <xsl:for-each select="$h/tei:profileDesc/tei:langUsage/tei:language">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Language'"/>
        <xsl:with-param name="value" select="concat(., ' (', @ident, ')')"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="'Catalogued by'"/>
      <xsl:with-param name="value" select="$cataloguer"/>
    </xsl:call-template>
    <xsl:if test="$h/tei:profileDesc/tei:abstract">
      <xsl:text>&#10;</xsl:text>
      <xsl:value-of select="normalize-space($h/tei:profileDesc/tei:abstract)"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:variable name="first" select="(/tei:TEI/tei:text/tei:body//tei:p)[1]"/>
    <xsl:if test="$first">
      <xsl:text>&#10;&gt; </xsl:text>
      <xsl:value-of select="normalize-space($first)"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value) != ''">
      <xsl:value-of select="concat('- **', $label, ':** ', normalize-space($value), '&#10;')"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
