<?xml version="1.0" encoding="UTF-8"?>
<!-- teidoc2ead3.xsl: any TEI P5 document to one EAD3 finding aid in one
     stylesheet, for XSLT processors other than teiconv: the EAD 2002 of
     teidoc2ead.xsl, kept in memory and migrated by ead2ead3-teidoc.xsl.
     teiconv runs the two stages one after the other (src/lib/xslt/format.c),
     with the same result. -->
<!-- One mapping from TEI to EAD, kept in one place; the EAD3 follows it
     exactly as a migrated EAD 2002 file would. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:isbn:1-931666-22-9"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="e exsl">

  <xsl:import href="ead2ead3-teidoc.xsl"/>
  <xsl:import href="teidoc2ead.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="ead"><xsl:apply-imports/></xsl:variable>
    <xsl:call-template name="ead3-of"><xsl:with-param name="ead" select="exsl:node-set($ead)/e:ead"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
