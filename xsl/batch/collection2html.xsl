<?xml version="1.0" encoding="UTF-8"?>
<!-- collection2html.xsl: a batch of TEI records (teiCorpus) to index.html,
     the records listed by date with links to their reading pages. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    exclude-result-prefixes="tei str">

  <xsl:include href="../lib/common-tei.xsl"/>
  <xsl:include href="../lib/common-html.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- As for collection2ead.xsl: each TEI's @n is its output stem. -->
  <xsl:param name="collection-title" select="''"/>
  <xsl:param name="collection-id" select="''"/>
  <xsl:param name="css-href" select="'teiconv.css'"/>
  <!-- The collection's finding aid, relative to the index; empty: no link. -->
  <xsl:param name="finding-aid-href" select="''"/>

  <xsl:variable name="records" select="/tei:teiCorpus/tei:TEI | /tei:TEI"/>

  <xsl:template match="/">
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="normalize-space($collection-title) != ''"><xsl:value-of select="normalize-space($collection-title)"/></xsl:when>
        <xsl:otherwise>Collection of <xsl:value-of select="count($records)"/> record<xsl:if test="count($records) != 1">s</xsl:if></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body>
        <header>
          <xsl:if test="normalize-space($collection-id) != ''">
            <p class="publisher">Collection <xsl:value-of select="normalize-space($collection-id)"/></p>
          </xsl:if>
          <h1><xsl:value-of select="$title"/></h1>
          <p class="date"><xsl:value-of select="count($records)"/> record<xsl:if test="count($records) != 1">s</xsl:if>, listed by date</p>
          <xsl:if test="$finding-aid-href != ''">
            <p class="up"><xsl:text>The collection's finding aid: </xsl:text><a href="{str:encode-uri($finding-aid-href, false())}" type="application/xml">EAD 2002</a></p>
          </xsl:if>
        </header>
        <main>
          <h2 class="visually-hidden">Records</h2>
          <ul class="records">
            <xsl:for-each select="$records">
              <xsl:sort select="number(boolean(tei:teiHeader/tei:profileDesc/tei:creation/tei:date[@when or @from or @notBefore]))" data-type="number" order="descending"/>
              <xsl:sort select="substring(concat(tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]/@when, tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]/@from, tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]/@notBefore), 1, 10)"/>
              <xsl:sort select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
              <xsl:sort select="@n"/>
              <xsl:variable name="t"><xsl:call-template name="html-title"/></xsl:variable>
              <li>
                <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]">
                  <span class="date"><xsl:call-template name="html-date"/></span>
                </xsl:for-each>
                <xsl:if test="not(tei:teiHeader/tei:profileDesc/tei:creation/tei:date)"><span class="date">Undated</span></xsl:if>
                <xsl:choose>
                  <xsl:when test="normalize-space(@n) != ''"><a href="{concat(@n, '.html')}"><xsl:value-of select="$t"/></a></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
                </xsl:choose>
                <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:abstract[1]/tei:p | tei:teiHeader/tei:profileDesc/tei:abstract[1][not(tei:p)]">
                  <p><xsl:value-of select="normalize-space(.)"/></p>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ul>
        </main>
        <footer><p>Index written by teiconv.</p></footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
