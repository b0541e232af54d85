<?xml version="1.0" encoding="UTF-8"?>
<!-- tests/migrate/namespace2002.xsl: an EAD 2002 file without the namespace
     (DTD style) with every element of no namespace put into
     urn:isbn:1-931666-22-9 and nothing else changed, so that ead.xsd can
     judge it (corpus.sh). Owner: the EAD migration tests (issue 13). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="*[namespace-uri() = '']">
    <xsl:element name="{local-name()}" namespace="urn:isbn:1-931666-22-9">
      <xsl:apply-templates select="@* | node()"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="@* | node()">
    <xsl:copy><xsl:apply-templates select="@* | node()"/></xsl:copy>
  </xsl:template>
</xsl:stylesheet>
