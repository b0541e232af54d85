<?xml version="1.0" encoding="UTF-8"?>
<!-- ead2ead3-record.xsl: the EAD 2002 that tei2ead.xsl made of a teiconv
     record, to EAD3: the "ead3" mapping of ead2ead3.xsl with a record's
     settings. teiconv runs it on tei2ead.xsl's result tree (the EAD 2002
     output, when that is asked for too, is not made twice); tei2ead3.xsl
     chains the two in one stylesheet for other XSLT processors. A record's
     EAD 2002 fits EAD3 as mapped, so the fitting pass is not run. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:isbn:1-931666-22-9"
    exclude-result-prefixes="e">

  <xsl:import href="../ead/ead2ead3.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="derived-note" select="'Derived from the TEI P5 record.'"/>
  <xsl:param name="creation-event" select="false()"/>
  <xsl:param name="maintenance-status" select="'derived'"/>
  <!-- No date by default: a record's EAD3 depends on the record only. -->
  <xsl:param name="derived-date" select="''"/>

  <xsl:template match="/">
    <xsl:apply-templates select="e:ead" mode="ead3"/>
  </xsl:template>

</xsl:stylesheet>
