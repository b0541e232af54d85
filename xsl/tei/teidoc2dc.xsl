<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc2dc.xsl: any TEI P5 document to an oai_dc:dc record for OAI-PMH
     harvesters, from its header. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="t">

  <xsl:import href="../lib/teidoc-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="record-stem" select="''"/>
  <xsl:variable name="h" select="/*/t:teiHeader"/>
  <xsl:variable name="fd" select="$h/t:fileDesc"/>

  <xsl:template match="/">
    <oai_dc:dc>
      <dc:title><xsl:call-template name="doc-title"/></dc:title>
      <xsl:for-each select="$fd/t:titleStmt/t:author[normalize-space()] | ($fd/t:sourceDesc//t:msItem/t:author)[normalize-space()]">
        <dc:creator><xsl:call-template name="plain"/></dc:creator>
      </xsl:for-each>
      <xsl:for-each select="$fd/t:titleStmt/t:editor[normalize-space()] | $fd/t:titleStmt/t:respStmt/t:persName[normalize-space()]">
        <dc:contributor><xsl:call-template name="plain"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$h/t:profileDesc/t:textClass/t:keywords/t:term[normalize-space()]">
        <dc:subject><xsl:call-template name="plain"/></dc:subject>
      </xsl:for-each>
      <xsl:for-each select="($h/t:profileDesc/t:abstract | ($fd/t:sourceDesc//t:msContents/t:summary)[1])[normalize-space()]">
        <dc:description><xsl:call-template name="plain"/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="($fd/t:publicationStmt/t:publisher | $fd/t:publicationStmt/t:authority)[normalize-space()]">
        <dc:publisher><xsl:call-template name="plain"/></dc:publisher>
      </xsl:for-each>
      <xsl:for-each select="($h/t:profileDesc/t:creation//t:date | ($fd/t:sourceDesc//t:origDate)[1] | $fd/t:publicationStmt/t:date)[1]">
        <xsl:variable name="n"><xsl:call-template name="normal-of"/></xsl:variable>
        <dc:date>
          <xsl:choose>
            <xsl:when test="$n != ''"><xsl:value-of select="$n"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="plain"/></xsl:otherwise>
          </xsl:choose>
        </dc:date>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <xsl:for-each select="(/*/@xml:id | $fd/t:publicationStmt/t:idno[normalize-space()] | ($fd/t:sourceDesc//t:msIdentifier/t:idno)[normalize-space()])">
        <dc:identifier><xsl:value-of select="normalize-space(.)"/></dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$h/t:profileDesc/t:langUsage/t:language/@ident | ($fd/t:sourceDesc//t:textLang/@mainLang)[1]">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:for-each select="$fd/t:publicationStmt/t:availability[normalize-space()]">
        <dc:rights><xsl:call-template name="plain"/></dc:rights>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>

</xsl:stylesheet>
