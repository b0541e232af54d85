<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2dc.xsl: one teiconv TEI record to a simple Dublin Core record
     (oai_dc:dc) for OAI-PMH harvesters. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="tei">

  <xsl:include href="../lib/common-tei.xsl"/>
  <xsl:include href="../lib/common-publish.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <xsl:param name="record-stem" select="''"/>
  <xsl:param name="html-href" select="''"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="fd" select="$h/tei:fileDesc"/>
    <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
    <xsl:variable name="ps" select="$fd/tei:publicationStmt"/>
    <xsl:variable name="pd" select="$h/tei:profileDesc"/>
    <xsl:variable name="sd" select="$fd/tei:sourceDesc"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <dc:title>
        <xsl:choose>
          <xsl:when test="$ts/tei:title[@type='main']"><xsl:value-of select="normalize-space($ts/tei:title[@type='main'][1])"/></xsl:when>
          <xsl:when test="$ts/tei:title[@type='complete']"><xsl:value-of select="normalize-space($ts/tei:title[@type='complete'][1])"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space($ts/tei:title[1])"/></xsl:otherwise>
        </xsl:choose>
      </dc:title>
      <xsl:for-each select="$ts/tei:author">
        <dc:creator><xsl:value-of select="normalize-space(.)"/></dc:creator>
      </xsl:for-each>
      <xsl:for-each select="$ts/tei:respStmt">
        <dc:contributor><xsl:call-template name="tc-resp-line"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$pd/tei:textClass/tei:keywords/tei:term[not(tei:placeName)]">
        <dc:subject><xsl:value-of select="normalize-space(.)"/></dc:subject>
      </xsl:for-each>
      <xsl:for-each select="$pd/tei:textClass/tei:keywords/tei:term/tei:placeName">
        <dc:coverage><xsl:value-of select="normalize-space(.)"/></dc:coverage>
      </xsl:for-each>
      <xsl:for-each select="$pd/tei:abstract">
        <!-- one description, its paragraphs a space apart -->
        <xsl:variable name="paras">
          <xsl:for-each select="tei:p | self::tei:abstract[not(tei:p)]"><xsl:value-of select="concat(' ', normalize-space(.))"/></xsl:for-each>
        </xsl:variable>
        <dc:description><xsl:value-of select="normalize-space($paras)"/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="$fd/tei:notesStmt/tei:note[@type='classification']">
        <dc:description>Original classification: <xsl:value-of select="normalize-space(.)"/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="$fd/tei:notesStmt/tei:note[not(@type='classification')][normalize-space()]">
        <dc:description><xsl:call-template name="tc-note-label"/>: <xsl:value-of select="normalize-space(.)"/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="$ts/tei:funder | $ts/tei:sponsor">
        <dc:description>Made possible with support from <xsl:value-of select="normalize-space(.)"/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="$sd/tei:msDesc/tei:msIdentifier/tei:institution">
        <dc:description>Original archive: <xsl:value-of select="normalize-space(.)"/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="$pd/tei:creation/tei:date[1]">
        <xsl:variable name="n"><xsl:call-template name="tc-date-normal"/></xsl:variable>
        <dc:date>
          <xsl:choose>
            <xsl:when test="$n != ''"><xsl:value-of select="$n"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
          </xsl:choose>
        </dc:date>
      </xsl:for-each>
      <xsl:for-each select="$ps/tei:date">
        <dc:date>
          <xsl:choose>
            <xsl:when test="@when"><xsl:value-of select="@when"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
          </xsl:choose>
        </dc:date>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <xsl:for-each select="$pd/tei:langUsage/tei:language/@ident">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:variable name="orig">
        <xsl:call-template name="tc-record-langs"/>
      </xsl:variable>
      <xsl:call-template name="dc-langs">
        <xsl:with-param name="tags" select="normalize-space($orig)"/>
        <xsl:with-param name="seen" select="concat(' ', $pd/tei:langUsage/tei:language/@ident, ' ')"/>
      </xsl:call-template>
      <xsl:for-each select="$ps/tei:publisher">
        <dc:publisher><xsl:value-of select="normalize-space(.)"/></dc:publisher>
      </xsl:for-each>
      <xsl:for-each select="$ps/tei:availability//tei:p">
        <dc:rights><xsl:value-of select="normalize-space(.)"/></dc:rights>
      </xsl:for-each>
      <xsl:if test="$ps/tei:availability and not($ps/tei:availability//tei:p)">
        <dc:rights><xsl:value-of select="normalize-space($ps/tei:availability)"/></dc:rights>
      </xsl:if>
      <xsl:for-each select="$ps/tei:idno[normalize-space()]">
        <dc:identifier><xsl:value-of select="normalize-space(.)"/></dc:identifier>
      </xsl:for-each>
      <!-- with base-url, the record's address too (OAI-PMH harvesters
           want a URI) -->
      <xsl:if test="$base-url != '' and $record-stem != ''">
        <dc:identifier><xsl:call-template name="tc-url-of"><xsl:with-param name="file" select="concat($record-stem, '.html')"/></xsl:call-template></dc:identifier>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$sd//tei:bibl[not(ancestor::tei:msDesc)]">
          <dc:source><xsl:value-of select="normalize-space(($sd//tei:bibl[not(ancestor::tei:msDesc)])[1])"/></dc:source>
        </xsl:when>
        <xsl:when test="$sd/tei:msDesc">
          <dc:source>
            <xsl:for-each select="$sd/tei:msDesc[1]/tei:msIdentifier/tei:repository | $sd/tei:msDesc[1]/tei:msIdentifier/tei:idno | $sd/tei:msDesc[1]/tei:msContents/tei:msItem/tei:locus">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </dc:source>
        </xsl:when>
      </xsl:choose>
      <xsl:for-each select="$fd/tei:notesStmt/tei:relatedItem">
        <dc:relation><xsl:value-of select="normalize-space(.)"/></dc:relation>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>

  <!-- dc:language for each original-language tag not given already. -->
  <xsl:template name="dc-langs">
    <xsl:param name="tags"/>
    <xsl:param name="seen"/>
    <xsl:if test="$tags != ''">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($tags, ' ')"><xsl:value-of select="substring-before($tags, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$tags"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="not(contains($seen, concat(' ', $first, ' ')))">
        <dc:language><xsl:value-of select="$first"/></dc:language>
      </xsl:if>
      <xsl:call-template name="dc-langs">
        <xsl:with-param name="tags" select="substring-after($tags, ' ')"/>
        <xsl:with-param name="seen" select="concat($seen, $first, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
