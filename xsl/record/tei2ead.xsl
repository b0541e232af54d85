<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2ead.xsl: one teiconv TEI record to an EAD 2002 finding-aid entry
     (archdesc level="item"), every field at its place in DESIGN.md section 4. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns="urn:isbn:1-931666-22-9"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="tei">

  <xsl:include href="../lib/common-tei.xsl"/>
  <xsl:include href="../lib/common-ead.xsl"/>
  <xsl:include href="../lib/common-publish.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <!-- The record's file name without extension, and the link to its HTML
       page (from the stem when not given). -->
  <xsl:param name="record-stem" select="''"/>
  <xsl:param name="html-href" select="''"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="$html-href != ''"><xsl:value-of select="$html-href"/></xsl:when>
        <xsl:when test="$record-stem != ''">
          <xsl:call-template name="tc-url-of"><xsl:with-param name="file" select="concat($record-stem, '.html')"/></xsl:call-template>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <ead xsi:schemaLocation="urn:isbn:1-931666-22-9 http://www.loc.gov/ead/ead.xsd">
      <xsl:call-template name="ead-header"/>
      <archdesc level="item">
        <xsl:if test="count(tei:text//tei:div[@type='document']) &gt; 1">
          <xsl:attribute name="level">collection</xsl:attribute>
        </xsl:if>
        <did>
          <xsl:call-template name="ead-did">
            <xsl:with-param name="href" select="string($href)"/>
          </xsl:call-template>
        </did>
        <xsl:call-template name="ead-desc"/>
        <xsl:call-template name="ead-documents"/>
      </archdesc>
    </ead>
  </xsl:template>

  <!-- eadheader: identifier, title, responsibility, sponsor, publication,
       the languages of the description. Context: tei:TEI. -->
  <xsl:template name="ead-header">
    <xsl:variable name="fd" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
    <xsl:variable name="ps" select="$fd/tei:publicationStmt"/>
    <eadheader langencoding="iso639-2b" scriptencoding="iso15924"
               dateencoding="iso8601" countryencoding="iso3166-1"
               repositoryencoding="iso15511">
      <eadid><xsl:call-template name="ead-record-id"/></eadid>
      <filedesc>
        <titlestmt>
          <titleproper><xsl:call-template name="ead-title"/></titleproper>
          <xsl:if test="$ts/tei:respStmt">
            <author>
              <xsl:for-each select="$ts/tei:respStmt">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:call-template name="tc-resp-line"/>
              </xsl:for-each>
            </author>
          </xsl:if>
          <xsl:if test="$ts/tei:funder | $ts/tei:sponsor">
            <sponsor>
              <xsl:for-each select="$ts/tei:funder | $ts/tei:sponsor">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:value-of select="normalize-space(.)"/>
              </xsl:for-each>
            </sponsor>
          </xsl:if>
        </titlestmt>
        <xsl:if test="$ps/tei:publisher | $ps/tei:date">
          <publicationstmt>
            <xsl:for-each select="$ps/tei:publisher">
              <publisher><xsl:value-of select="normalize-space(.)"/></publisher>
            </xsl:for-each>
            <xsl:for-each select="$ps/tei:date">
              <date>
                <xsl:if test="@type"><xsl:attribute name="type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
                <xsl:call-template name="ead-normal-attr"/>
                <xsl:value-of select="normalize-space(.)"/>
              </date>
            </xsl:for-each>
          </publicationstmt>
        </xsl:if>
        <xsl:if test="$ts/tei:respStmt">
          <notestmt>
            <xsl:for-each select="$ts/tei:respStmt">
              <note><p><xsl:call-template name="tc-resp-line"/></p></note>
            </xsl:for-each>
          </notestmt>
        </xsl:if>
      </filedesc>
      <profiledesc>
        <creation>
          <xsl:text>Encoded in EAD 2002 by teiconv from the TEI P5 record</xsl:text>
          <xsl:for-each select="tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident='teiconv'][1]">
            <xsl:value-of select="concat(' written by teiconv ', @version)"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </creation>
        <xsl:call-template name="ead-langusage"/>
      </profiledesc>
    </eadheader>
  </xsl:template>
</xsl:stylesheet>
