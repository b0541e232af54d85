<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2ead3.xsl: one teiconv TEI record to EAD3 in one stylesheet, for
     XSLT processors other than teiconv: the EAD 2002 of tei2ead.xsl, kept
     in memory and migrated by ead2ead3-record.xsl. teiconv itself runs the
     two stages one after the other (src/lib/xslt/format.c), with the same
     result. One mapping from the record to EAD, kept in one place. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:isbn:1-931666-22-9"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="e exsl">

  <xsl:import href="ead2ead3-record.xsl"/>
  <xsl:import href="tei2ead.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="ead"><xsl:apply-imports/></xsl:variable>
    <xsl:apply-templates select="exsl:node-set($ead)/e:ead" mode="ead3"/>
  </xsl:template>

</xsl:stylesheet>
