<?xml version="1.0" encoding="UTF-8"?>
<!-- tei2ead3.xsl: one teiconv TEI record to EAD3: the EAD 2002 of
     tei2ead.xsl, migrated in memory by ead2ead3.xsl. One mapping from the
     record to EAD, kept in one place (as teidoc2ead3.xsl does for any TEI). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:isbn:1-931666-22-9"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="e exsl">

  <xsl:import href="../ead/ead2ead3.xsl"/>
  <xsl:import href="tei2ead.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="derived-note" select="'Derived from the TEI P5 record.'"/>
  <xsl:param name="creation-event" select="false()"/>
  <xsl:param name="maintenance-status" select="'derived'"/>
  <!-- No date by default: a record's EAD3 depends on the record only. -->
  <xsl:param name="derived-date" select="''"/>

  <xsl:template match="/">
    <xsl:variable name="ead"><xsl:apply-imports/></xsl:variable>
    <xsl:apply-templates select="exsl:node-set($ead)/e:ead" mode="ead3"/>
  </xsl:template>

</xsl:stylesheet>
